<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../app/shell/actions.py" line="213" />
      <source>&amp;About Blueprint Studio</source>
      <translation>&amp;About Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="144" />
      <source>&amp;Blueprint settings…</source>
      <translation>&amp;Blueprint settings…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="108" />
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="68" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="205" />
      <source>&amp;Getting started</source>
      <translation>&amp;Getting started</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="78" />
      <source>&amp;Import BPMN…</source>
      <translation>&amp;Import BPMN…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="189" />
      <source>&amp;Minimap</source>
      <translation>&amp;Minimap</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="38" />
      <source>&amp;New</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="50" />
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="120" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="126" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="138" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="199" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Run simulation</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="56" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="132" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="252" />
      <source>Add a stage column at the right</source>
      <translation>Add a stage column at the right</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="251" />
      <source>Add a swimlane at the bottom</source>
      <translation>Add a swimlane at the bottom</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="114" />
      <source>Clear the list</source>
      <translation>Clear the list</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="127" />
      <source>Close every blueprint and quit</source>
      <translation>Close every blueprint and quit</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="109" />
      <source>Close this blueprint</source>
      <translation>Close this blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="241" />
      <source>Copy the selected nodes</source>
      <translation>Copy the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="242" />
      <source>Cut the selected nodes</source>
      <translation>Cut the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="223" />
      <source>Delete the selection and its links</source>
      <translation>Delete the selection and its links</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="257" />
      <source>Draw links as straight lines</source>
      <translation>Draw links as straight lines</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="227" />
      <source>Duplicate the selected nodes</source>
      <translation>Duplicate the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="98" />
      <source>Export as &amp;BPMN…</source>
      <translation>Export as &amp;BPMN…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="69" />
      <source>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</source>
      <translation>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="89" />
      <source>Fit a ticket export of your help desk (CSV) or an event log (CSV or XES): arrivals per hour of the week, time per state or level and decision shares, added as a calibrated scenario</source>
      <translation>Fit a ticket export of your help desk (CSV) or an event log (CSV or XES): arrivals per hour of the week, time per state or level and decision shares, added as a calibrated scenario</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="248" />
      <source>Fit the whole drawing in the window</source>
      <translation>Fit the whole drawing in the window</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="115" />
      <source>Forget the recently opened files</source>
      <translation>Forget the recently opened files</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="183" />
      <source>Go to diagnostics</source>
      <translation>Go to diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="177" />
      <source>Go to properties</source>
      <translation>Go to properties</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="165" />
      <source>Go to the canvas</source>
      <translation>Go to the canvas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="171" />
      <source>Go to the palette</source>
      <translation>Go to the palette</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="206" />
      <source>How to design, simulate, train and export, with every menu command and shortcut</source>
      <translation>How to design, simulate, train and export, with every menu command and shortcut</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="88" />
      <source>Import &amp;tickets…</source>
      <translation>Import &amp;tickets…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="121" />
      <source>Language, theme, grid, autosave and PDF settings</source>
      <translation>Language, theme, grid, autosave and PDF settings</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="260" />
      <source>Line up the selected nodes</source>
      <translation>Line up the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="230" />
      <source>Link the selected nodes to a node chosen by name</source>
      <translation>Link the selected nodes to a node chosen by name</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="166" />
      <source>Move the keyboard focus to the drawing</source>
      <translation>Move the keyboard focus to the drawing</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="44" />
      <source>New from &amp;template…</source>
      <translation>New from &amp;template…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="153" />
      <source>Next blueprint</source>
      <translation>Next blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="79" />
      <source>Open a BPMN 2.0 process (.bpmn, with its BPSim simulation data) as a new blueprint, and list in the Diagnostics panel what the import guessed or changed</source>
      <translation>Open a BPMN 2.0 process (.bpmn, with its BPSim simulation data) as a new blueprint, and list in the Diagnostics panel what the import guessed or changed</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="51" />
      <source>Open a blueprint file</source>
      <translation>Open a blueprint file</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="243" />
      <source>Paste nodes from the clipboard</source>
      <translation>Paste nodes from the clipboard</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="254" />
      <source>Place the nodes automatically along the flow</source>
      <translation>Place the nodes automatically along the flow</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="159" />
      <source>Previous blueprint</source>
      <translation>Previous blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="139" />
      <source>Redo the change just undone</source>
      <translation>Redo the change just undone</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="228" />
      <source>Rename the selected element on the canvas</source>
      <translation>Rename the selected element on the canvas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="200" />
      <source>Run the chosen scenario in the background</source>
      <translation>Run the chosen scenario in the background</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="62" />
      <source>Save &amp;as…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="57" />
      <source>Save the blueprint</source>
      <translation>Save the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="99" />
      <source>Save the blueprint as a BPMN 2.0 process with its diagram and BPSim simulation data (arrival rates, durations in minutes, branch shares, agents), for other BPMN tools</source>
      <translation>Save the blueprint as a BPMN 2.0 process with its diagram and BPSim simulation data (arrival rates, durations in minutes, branch shares, agents), for other BPMN tools</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="63" />
      <source>Save the blueprint under another name</source>
      <translation>Save the blueprint under another name</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="226" />
      <source>Select every node and link</source>
      <translation>Select every node and link</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="238" />
      <source>Select the links arriving at the selected node, one after the other</source>
      <translation>Select the links arriving at the selected node, one after the other</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="234" />
      <source>Select the links leaving the selected node, one after the other</source>
      <translation>Select the links leaving the selected node, one after the other</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="190" />
      <source>Show an overview of the whole drawing in a corner of the canvas; click or drag in it to move around</source>
      <translation>Show an overview of the whole drawing in a corner of the canvas; click or drag in it to move around</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="258" />
      <source>Show or hide the background grid</source>
      <translation>Show or hide the background grid</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="184" />
      <source>Show the diagnostics and move the keyboard focus to them</source>
      <translation>Show the diagnostics and move the keyboard focus to them</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="246" />
      <source>Show the drawing at 100 %</source>
      <translation>Show the drawing at 100 %</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="154" />
      <source>Show the next open blueprint</source>
      <translation>Show the next open blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="172" />
      <source>Show the palette and move the keyboard focus to it</source>
      <translation>Show the palette and move the keyboard focus to it</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="160" />
      <source>Show the previous open blueprint</source>
      <translation>Show the previous open blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="178" />
      <source>Show the properties and move the keyboard focus to them</source>
      <translation>Show the properties and move the keyboard focus to them</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="264" />
      <source>Space the selected nodes evenly</source>
      <translation>Space the selected nodes evenly</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="39" />
      <source>Start a blank blueprint</source>
      <translation>Start a blank blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="45" />
      <source>Start from one of the bundled templates</source>
      <translation>Start from one of the bundled templates</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="145" />
      <source>Title, language and currency, ticket fields, pools, calendars and SLA policies of the blueprint</source>
      <translation>Title, language and currency, ticket fields, pools, calendars and SLA policies of the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="133" />
      <source>Undo the last change</source>
      <translation>Undo the last change</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="214" />
      <source>Version and credits</source>
      <translation>Version and credits</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="244" />
      <source>Zoom in on the drawing</source>
      <translation>Zoom in on the drawing</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="245" />
      <source>Zoom out of the drawing</source>
      <translation>Zoom out of the drawing</translation>
    </message>
  </context>
  <context>
    <name>AgentWords</name>
    <message>
      <location filename="../../model/agent_words.py" line="27" />
      <source>Agent</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="21" />
      <source>Agent leaderboard</source>
      <translation>Agent leaderboard</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="49" />
      <source>Agent {n}</source>
      <translation>Agent {n}</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="55" />
      <source>An agent with the skill “{skill}” takes this ticket.</source>
      <translation>An agent with the skill “{skill}” takes this ticket.</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="56" />
      <source>An agent with the skill “{skill}” takes this ticket; after {time} of waiting, any agent of the pool.</source>
      <translation>An agent with the skill “{skill}” takes this ticket; after {time} of waiting, any agent of the pool.</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="22" />
      <source>Each agent of the pools with named agents, after the warm-up (means per replication). A ticket counts for the last agent who worked it.</source>
      <translation>Each agent of the pools with named agents, after the warm-up (means per replication). A ticket counts for the last agent who worked it.</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="30" />
      <source>First-contact resolution</source>
      <translation>First-contact resolution</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="28" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="32" />
      <source>SLA met</source>
      <translation>SLA met</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="31" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="36" />
      <source>Share of its resolved tickets resolved at the first contact (%)</source>
      <translation>Share of its resolved tickets resolved at the first contact (%)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="42" />
      <source>Share of its tickets with a resolution target resolved within it (%)</source>
      <translation>Share of its tickets with a resolution target resolved within it (%)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="45" />
      <source>Share of its time on shift spent working (%)</source>
      <translation>Share of its time on shift spent working (%)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="39" />
      <source>Share of satisfied answers to the surveys of its tickets (%)</source>
      <translation>Share of satisfied answers to the surveys of its tickets (%)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="29" />
      <source>Tickets resolved</source>
      <translation>Tickets resolved</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="35" />
      <source>Tickets resolved that this agent worked last</source>
      <translation>Tickets resolved that this agent worked last</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="34" />
      <source>Time on duplicates</source>
      <translation>Time on duplicates</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="46" />
      <source>Time spent working duplicate tickets, later merged (hours and minutes)</source>
      <translation>Time spent working duplicate tickets, later merged (hours and minutes)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="33" />
      <source>Utilisation</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="61" />
      <source>When the ticket comes back here, it goes to the agent who first worked it, if that agent is on shift.</source>
      <translation>When the ticket comes back here, it goes to the agent who first worked it, if that agent is on shift.</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="53" />
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="50" />
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="52" />
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="51" />
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>AgentsBox</name>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="106" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="97" />
      <source>A re-opened ticket, or one the customer replied to, waits for the agent who first worked it while that agent is on shift; otherwise the assignment rule applies</source>
      <translation>A re-opened ticket, or one the customer replied to, waits for the agent who first worked it while that agent is on shift; otherwise the assignment rule applies</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="93" />
      <source>A ticket coming back goes to its &amp;owner</source>
      <translation>A ticket coming back goes to its &amp;owner</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="85" />
      <source>Add a&amp;gent</source>
      <translation>Add a&amp;gent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="178" />
      <source>Agent {n}</source>
      <translation>Agent {n}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="69" />
      <source>How fast this agent works: 2 takes half the step's time, 0.5 twice as long (more than 0, at most 10)</source>
      <translation>How fast this agent works: 2 takes half the step's time, 0.5 twice as long (more than 0, at most 10)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="63" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="87" />
      <source>Name one more agent of this pool</source>
      <translation>Name one more agent of this pool</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="58" />
      <source>Named agents</source>
      <translation>Named agents</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="89" />
      <source>Remo&amp;ve agent</source>
      <translation>Remo&amp;ve agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="91" />
      <source>Remove the selected agent from the list</source>
      <translation>Remove the selected agent from the list</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="124" />
      <source>Skill &amp;fallback after:</source>
      <translation>Skill &amp;fallback after:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="63" />
      <source>Skills</source>
      <translation>Skills</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="63" />
      <source>Speed</source>
      <translation>Speed</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="75" />
      <source>The pool's agents by name: the first ones listed are on shift when the shifts put fewer agents on duty. Double-click or F2 to edit a cell.</source>
      <translation>The pool's agents by name: the first ones listed are on shift when the shifts put fewer agents on duty. Double-click or F2 to edit a cell.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="65" />
      <source>What this agent can do, separated by commas; a step may require one skill</source>
      <translation>What this agent can do, separated by commas; a step may require one skill</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="111" />
      <source>With the rule “skills first”: minutes a ticket waits for an agent with the skill its step requires before any free agent takes it (0: it waits for the skill)</source>
      <translation>With the rule “skills first”: minutes a ticket waits for an agent with the skill its step requires before any free agent takes it (0: it waits for the skill)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="107" />
      <source>never: wait for the skill</source>
      <translation>never: wait for the skill</translation>
    </message>
  </context>
  <context>
    <name>AgentsSkill</name>
    <message>
      <location filename="../../canvas/properties/agents_skill.py" line="43" />
      <location filename="../../canvas/properties/agents_skill.py" line="60" />
      <source>(no skill required)</source>
      <translation>(no skill required)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/agents_skill.py" line="50" />
      <source>Required skill</source>
      <translation>Required skill</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/agents_skill.py" line="46" />
      <source>The skill an agent needs for this step, when its pool assigns by skills first; empty: any agent</source>
      <translation>The skill an agent needs for this step, when its pool assigns by skills first; empty: any agent</translation>
    </message>
  </context>
  <context>
    <name>ApprovalForm</name>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="63" />
      <source>&amp;Rejected:</source>
      <translation>&amp;Rejected:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="80" />
      <source>(missing element)</source>
      <translation>(missing element)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="65" />
      <source>Approval time (minutes):</source>
      <translation>Approval time (minutes):</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="62" />
      <source>Approved &amp;by:</source>
      <translation>Approved &amp;by:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="51" />
      <source>Minutes from asking for the approval to its answer</source>
      <translation>Minutes from asking for the approval to its answer</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="38" />
      <source>Needs &amp;approval</source>
      <translation>Needs &amp;approval</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="64" />
      <source>Rejected tickets &amp;go to:</source>
      <translation>Rejected tickets &amp;go to:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="54" />
      <source>Share of the approvals rejected, in %</source>
      <translation>Share of the approvals rejected, in %</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="41" />
      <source>Tickets taking this transition wait for someone's approval first; a share is rejected</source>
      <translation>Tickets taking this transition wait for someone's approval first; a share is rejected</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="58" />
      <source>Where a rejected ticket goes; by default back to the step it comes from, to be done again</source>
      <translation>Where a rejected ticket goes; by default back to the step it comes from, to be done again</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="47" />
      <source>Who approves: a role, not a person (the approval takes no agent of the flow)</source>
      <translation>Who approves: a role, not a person (the approval takes no agent of the flow)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="45" />
      <source>e.g. Team lead</source>
      <translation>e.g. Team lead</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="76" />
      <source>the step it comes from, again</source>
      <translation>the step it comes from, again</translation>
    </message>
  </context>
  <context>
    <name>ApprovalWords</name>
    <message>
      <location filename="../../model/approval_words.py" line="39" />
      <source>Approval of {link}: {asked} asked, {granted} granted, {rejected} rejected</source>
      <translation>Approval of {link}: {asked} asked, {granted} granted, {rejected} rejected</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="17" />
      <source>Approvals and transfers</source>
      <translation>Approvals and transfers</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="36" />
      <source>In the run: {asked} asked, {granted} granted, {rejected} rejected.</source>
      <translation>In the run: {asked} asked, {granted} granted, {rejected} rejected.</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="35" />
      <source>Transfers for “{reason}”: {count}</source>
      <translation>Transfers for “{reason}”: {count}</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="18" />
      <source>Transitions that wait for an approval, and re-assignments to another pool with a reason, as the simulation ran them.</source>
      <translation>Transitions that wait for an approval, and re-assignments to another pool with a reason, as the simulation ran them.</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="34" />
      <source>a node without a title</source>
      <translation>a node without a title</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="32" />
      <source>someone</source>
      <translation>someone</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="27" />
      <source>{edge}: approved by {role} in {minutes} min on average; {percent}% rejected, which go back to {target} to be done again.</source>
      <translation>{edge}: approved by {role} in {minutes} min on average; {percent}% rejected, which go back to {target} to be done again.</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="23" />
      <source>{edge}: approved by {role} in {minutes} min on average; {percent}% rejected, which go to {target}.</source>
      <translation>{edge}: approved by {role} in {minutes} min on average; {percent}% rejected, which go to {target}.</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="33" />
      <source>{source} → {target}</source>
      <translation>{source} → {target}</translation>
    </message>
  </context>
  <context>
    <name>BlueprintSettings</name>
    <message>
      <location filename="../../canvas/settings/dialog.py" line="56" />
      <location filename="../../canvas/settings/dialog.py" line="167" />
      <source>Blueprint settings</source>
      <translation>Blueprint settings</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/dialog.py" line="65" />
      <location filename="../../canvas/settings/dialog.py" line="168" />
      <source>Open or create a blueprint to change its settings.</source>
      <translation>Open or create a blueprint to change its settings.</translation>
    </message>
  </context>
  <context>
    <name>BpmnImport</name>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="74" />
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="57" />
      <source>(untitled lane)</source>
      <translation>(untitled lane)</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="50" />
      <source>BPMN 2.0 processes (*.bpmn *.bpmn20.xml *.xml);;All files (*)</source>
      <translation>BPMN 2.0 processes (*.bpmn *.bpmn20.xml *.xml);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="72" />
      <source>Cannot Import the File</source>
      <translation>Cannot Import the File</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="121" />
      <source>Export Failed</source>
      <translation>Export Failed</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="59" />
      <source>Export as BPMN</source>
      <translation>Export as BPMN</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="123" />
      <source>Exported “{name}” as BPMN.</source>
      <translation>Exported “{name}” as BPMN.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="54" />
      <source>Import a BPMN Process</source>
      <translation>Import a BPMN Process</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="80" />
      <source>Import of “{name}” cancelled.</source>
      <translation>Import of “{name}” cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="91" />
      <source>Imported “{name}”: {count} point to check in the Diagnostics panel.</source>
      <translation>Imported “{name}”: {count} point to check in the Diagnostics panel.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="92" />
      <source>Imported “{name}”: {count} points to check in the Diagnostics panel.</source>
      <translation>Imported “{name}”: {count} points to check in the Diagnostics panel.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="58" />
      <source>Kind of the lane {title}</source>
      <translation>Kind of the lane {title}</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="36" />
      <source>Lanes of the Imported Process</source>
      <translation>Lanes of the Imported Process</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="74" />
      <source>Problem found: {reason}. The file itself is unchanged.</source>
      <translation>Problem found: {reason}. The file itself is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="60" />
      <source>What the lane “{title}” stands for in the service blueprint</source>
      <translation>What the lane “{title}” stands for in the service blueprint</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="28" />
      <source>it declares XML entities, which are refused for safety (line {line})</source>
      <translation>it declares XML entities, which are refused for safety (line {line})</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="42" />
      <source>it describes a process that cannot be turned into a blueprint ({reason})</source>
      <translation>it describes a process that cannot be turned into a blueprint ({reason})</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="39" />
      <source>it has {count} elements, more than the {limit} a blueprint holds</source>
      <translation>it has {count} elements, more than the {limit} a blueprint holds</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="37" />
      <source>it holds no BPMN process</source>
      <translation>it holds no BPMN process</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="34" />
      <source>it is not a BPMN 2.0 file (its root element is {root})</source>
      <translation>it is not a BPMN 2.0 file (its root element is {root})</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="38" />
      <source>it is not a file (a folder, a device or a pipe)</source>
      <translation>it is not a file (a folder, a device or a pipe)</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="25" />
      <source>it is not well-formed XML (line {line}, column {column})</source>
      <translation>it is not well-formed XML (line {line}, column {column})</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="31" />
      <source>it refers to an external file or address, which is refused for safety</source>
      <translation>it refers to an external file or address, which is refused for safety</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="24" />
      <source>the file is empty</source>
      <translation>the file is empty</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="23" />
      <source>the file is larger than {limit} MB</source>
      <translation>the file is larger than {limit} MB</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="68" />
      <source>“{name}” cannot be imported.</source>
      <translation>“{name}” cannot be imported.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="38" />
      <source>“{name}” has {count} lane. Its kind was guessed from its name: the kind decides the lines of interaction and visibility, and which step gives the first response. Correct it if needed.</source>
      <translation>“{name}” has {count} lane. Its kind was guessed from its name: the kind decides the lines of interaction and visibility, and which step gives the first response. Correct it if needed.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="43" />
      <source>“{name}” has {count} lanes. Their kinds were guessed from their names: the kind decides the lines of interaction and visibility, and which step gives the first response. Correct them if needed.</source>
      <translation>“{name}” has {count} lanes. Their kinds were guessed from their names: the kind decides the lines of interaction and visibility, and which step gives the first response. Correct them if needed.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="119" />
      <source>“{name}” was not written.</source>
      <translation>“{name}” was not written.</translation>
    </message>
  </context>
  <context>
    <name>CalendarsTab</name>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="286" />
      <source>&amp;Country:</source>
      <translation>&amp;Country:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="227" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="305" />
      <source>(unnamed calendar)</source>
      <translation>(unnamed calendar)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="375" />
      <source>(unnamed policy)</source>
      <translation>(unnamed policy)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="206" />
      <source>24/7</source>
      <translation>24/7</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="254" />
      <source>A day the calendar is closed</source>
      <translation>A day the calendar is closed</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="158" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="160" />
      <source>Add a calendar open Monday to Friday, 9:00 to 18:00</source>
      <translation>Add a calendar open Monday to Friday, 9:00 to 18:00</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="202" />
      <source>Add a line of opening hours (for example Saturday morning)</source>
      <translation>Add a line of opening hours (for example Saturday morning)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="364" />
      <source>Add calendar</source>
      <translation>Add calendar</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="255" />
      <source>Add day</source>
      <translation>Add day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="200" />
      <source>Add hours</source>
      <translation>Add hours</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="434" />
      <source>Add public holiday</source>
      <translation>Add public holiday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="280" />
      <source>Add public holidays</source>
      <translation>Add public holidays</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="454" />
      <source>Add public holidays of {country}</source>
      <translation>Add public holidays of {country}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="283" />
      <source>Add the country's public holidays of these years (days already listed stay)</source>
      <translation>Add the country's public holidays of these years (days already listed stay)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="61" />
      <source>All Saints' Day</source>
      <translation>All Saints' Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="395" />
      <source>Another calendar is called “{name}”.</source>
      <translation>Another calendar is called “{name}”.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="62" />
      <source>Armistice Day</source>
      <translation>Armistice Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="57" />
      <source>Ascension Day</source>
      <translation>Ascension Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="60" />
      <source>Assumption Day</source>
      <translation>Assumption Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="59" />
      <source>Bastille Day</source>
      <translation>Bastille Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="64" />
      <source>Boxing Day</source>
      <translation>Boxing Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="91" />
      <source>Business hours</source>
      <translation>Business hours</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="91" />
      <source>Business hours {n}</source>
      <translation>Business hours {n}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="189" />
      <source>Calendars</source>
      <translation>Calendars</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="417" />
      <source>Change opening hours</source>
      <translation>Change opening hours</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="63" />
      <source>Christmas Day</source>
      <translation>Christmas Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="117" />
      <source>Closing time</source>
      <translation>Closing time</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="115" />
      <source>Closing time on these days (24:00: midnight at the end of the day)</source>
      <translation>Closing time on these days (24:00: midnight at the end of the day)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="71" />
      <source>Coronation</source>
      <translation>Coronation</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="246" />
      <source>Days the calendar is closed; Delete removes the selected days</source>
      <translation>Days the calendar is closed; Delete removes the selected days</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="65" />
      <source>Early May bank holiday</source>
      <translation>Early May bank holiday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="54" />
      <source>Easter Monday</source>
      <translation>Easter Monday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="76" />
      <source>England and Wales</source>
      <translation>England and Wales</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="75" />
      <source>France</source>
      <translation>France</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="47" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="395" />
      <source>Give the calendar a name.</source>
      <translation>Give the calendar a name.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="53" />
      <source>Good Friday</source>
      <translation>Good Friday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="68" />
      <source>Jubilee bank holiday</source>
      <translation>Jubilee bank holiday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="55" />
      <source>Labour Day</source>
      <translation>Labour Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="410" />
      <source>Line {line}: the closing time must come after the opening time.</source>
      <translation>Line {line}: the closing time must come after the opening time.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="408" />
      <source>Line {line}: tick at least one day.</source>
      <translation>Line {line}: tick at least one day.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="72" />
      <source>Millennium Eve</source>
      <translation>Millennium Eve</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="43" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="203" />
      <source>Monday–Friday 9:00–18:00</source>
      <translation>Monday–Friday 9:00–18:00</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="52" />
      <source>New Year's Day</source>
      <translation>New Year's Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="214" />
      <source>Opening hours</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="116" />
      <source>Opening time</source>
      <translation>Opening time</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="114" />
      <source>Opening time on these days</source>
      <translation>Opening time on these days</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="219" />
      <source>Public holidays (closed all day)</source>
      <translation>Public holidays (closed all day)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="161" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="385" />
      <source>Remove calendar “{name}”</source>
      <translation>Remove calendar “{name}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="441" />
      <source>Remove public holidays</source>
      <translation>Remove public holidays</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="257" />
      <source>Remove selected days</source>
      <translation>Remove selected days</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="163" />
      <source>Remove the selected calendar (refused while an SLA policy uses it)</source>
      <translation>Remove the selected calendar (refused while an SLA policy uses it)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="125" />
      <location filename="../../canvas/settings/calendars_tab.py" line="126" />
      <source>Remove these opening hours</source>
      <translation>Remove these opening hours</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="399" />
      <source>Rename calendar</source>
      <translation>Rename calendar</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="205" />
      <source>Replace the opening hours by Monday to Friday, 9:00 to 18:00</source>
      <translation>Replace the opening hours by Monday to Friday, 9:00 to 18:00</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="208" />
      <source>Replace the opening hours by every day, all day</source>
      <translation>Replace the opening hours by every day, all day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="69" />
      <source>Royal wedding</source>
      <translation>Royal wedding</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="48" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="66" />
      <source>Spring bank holiday</source>
      <translation>Spring bank holiday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="70" />
      <source>State funeral</source>
      <translation>State funeral</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="67" />
      <source>Summer bank holiday</source>
      <translation>Summer bank holiday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="49" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="196" />
      <source>The calendar's name, shown where SLA policies pick a calendar</source>
      <translation>The calendar's name, shown where SLA policies pick a calendar</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="157" />
      <source>The calendars of this blueprint, by name</source>
      <translation>The calendars of this blueprint, by name</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="270" />
      <source>The country whose public holidays are added</source>
      <translation>The country whose public holidays are added</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="449" />
      <source>The last year comes before the first.</source>
      <translation>The last year comes before the first.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="279" />
      <source>The years whose public holidays are added</source>
      <translation>The years whose public holidays are added</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="432" />
      <source>This day is already listed.</source>
      <translation>This day is already listed.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="46" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="44" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="56" />
      <source>Victory in Europe Day</source>
      <translation>Victory in Europe Day</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="45" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="58" />
      <source>Whit Monday</source>
      <translation>Whit Monday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="118" />
      <source>from</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="120" />
      <location filename="../../canvas/settings/calendars_tab.py" line="292" />
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="290" />
      <source>years</source>
      <translation>years</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="381" />
      <source>“{calendar}” is used by the SLA policies {policies}: pick another calendar there first.</source>
      <translation>“{calendar}” is used by the SLA policies {policies}: pick another calendar there first.</translation>
    </message>
  </context>
  <context>
    <name>Calibration</name>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="169" />
      <source>&amp;Add Calibrated Scenario</source>
      <translation>&amp;Add Calibrated Scenario</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="109" />
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="124" />
      <source>&amp;Layout:</source>
      <translation>&amp;Layout:</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="139" />
      <source>&amp;Preview</source>
      <translation>&amp;Preview</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="143" />
      <source>&amp;Stop</source>
      <translation>&amp;Stop</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="256" />
      <source>Actual</source>
      <translation>Actual</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_files.py" line="41" />
      <source>Added the calibrated scenario “{name}” from {count} ticket.</source>
      <translation>Added the calibrated scenario “{name}” from {count} ticket.</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_files.py" line="42" />
      <source>Added the calibrated scenario “{name}” from {count} tickets.</source>
      <translation>Added the calibrated scenario “{name}” from {count} tickets.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="49" />
      <source>Arrival mix of {field}: {values}</source>
      <translation>Arrival mix of {field}: {values}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="114" />
      <source>Blueprint Studio event log</source>
      <translation>Blueprint Studio event log</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/importer.py" line="25" />
      <source>Calibrated from {source}</source>
      <translation>Calibrated from {source}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="43" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="41" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="95" />
      <source>Choose a ticket export of your help desk (CSV) or an event log (CSV or XES). Its arrivals, the time spent in each state or level and the decisions' shares are fitted and added to the blueprint as a calibrated scenario; the drawing is unchanged.</source>
      <translation>Choose a ticket export of your help desk (CSV) or an event log (CSV or XES). Its arrivals, the time spent in each state or level and the decisions' shares are fitted and added to the blueprint as a calibrated scenario; the drawing is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="111" />
      <source>Choose the export file</source>
      <translation>Choose the export file</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="262" />
      <source>Choose the export file first.</source>
      <translation>Choose the export file first.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="37" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="121" />
      <source>Column names of a help-desk tool's export</source>
      <translation>Column names of a help-desk tool's export</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="132" />
      <source>Column of {role}</source>
      <translation>Column of {role}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="34" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="274" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="65" />
      <source>Escalated to a higher level: {share} of tickets ({span}; by the decisions' shares)</source>
      <translation>Escalated to a higher level: {share} of tickets ({span}; by the decisions' shares)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="62" />
      <source>Escalated to a higher level: {share} of tickets ({span}; the branch {branch})</source>
      <translation>Escalated to a higher level: {share} of tickets ({span}; the branch {branch})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="35" />
      <source>First reply</source>
      <translation>First reply</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="141" />
      <source>Fit the export with these columns and show what would be added</source>
      <translation>Fit the export with these columns and show what would be added</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="111" />
      <source>Freshdesk (ticket export)</source>
      <translation>Freshdesk (ticket export)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="287" />
      <source>Friday</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="112" />
      <source>GLPI (ticket list export)</source>
      <translation>GLPI (ticket list export)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="44" />
      <source>Group or level</source>
      <translation>Group or level</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="118" />
      <source>Guessed from the column names</source>
      <translation>Guessed from the column names</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="85" />
      <location filename="../../app/files/calibration_dialog.py" line="188" />
      <location filename="../../app/files/calibration_files.py" line="39" />
      <source>Import Tickets</source>
      <translation>Import Tickets</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_files.py" line="35" />
      <source>Import of tickets cancelled.</source>
      <translation>Import of tickets cancelled.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="113" />
      <source>Jira Service Management (issues CSV)</source>
      <translation>Jira Service Management (issues CSV)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="267" />
      <source>Kolmogorov-Smirnov distance between the actual and simulated resolution times: {ks}</source>
      <translation>Kolmogorov-Smirnov distance between the actual and simulated resolution times: {ks}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="259" />
      <source>Means in minutes. An export's time in a state includes the wait for an agent; an event log's is the service alone.</source>
      <translation>Means in minutes. An export's time in a state includes the wait for an agent; an event log's is the service alone.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="283" />
      <source>Monday</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="265" />
      <source>Percentile</source>
      <translation>Percentile</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="42" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="45" />
      <source>Re-opened</source>
      <translation>Re-opened</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="50" />
      <source>Re-opened: {share} of tickets ({span}; not applied)</source>
      <translation>Re-opened: {share} of tickets ({span}; not applied)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="54" />
      <source>Re-opened: {share} of tickets ({span}; the answer that re-opens after {waits})</source>
      <translation>Re-opened: {share} of tickets ({span}; the answer that re-opens after {waits})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="57" />
      <source>Re-opened: {share} of tickets ({span}; the unsatisfied answer of {surveys} and the answer that re-opens after {waits})</source>
      <translation>Re-opened: {share} of tickets ({span}; the unsatisfied answer of {surveys} and the answer that re-opens after {waits})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="51" />
      <source>Re-opened: {share} of tickets ({span}; the unsatisfied answer of {surveys})</source>
      <translation>Re-opened: {share} of tickets ({span}; the unsatisfied answer of {surveys})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="36" />
      <source>Read from {source}: {tickets} over {weeks}; rows left out: {refused}</source>
      <translation>Read from {source}: {tickets} over {weeks}; rows left out: {refused}</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="151" />
      <source>Reading the export</source>
      <translation>Reading the export</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="275" />
      <source>Reading “{name}”…</source>
      <translation>Reading “{name}”…</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="264" />
      <source>Resolution time</source>
      <translation>Resolution time</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="68" />
      <source>Resolved past the SLA resolution target: {share}</source>
      <translation>Resolved past the SLA resolution target: {share}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="270" />
      <source>SLA resolution breaches: actual {actual}, simulated {simulated}</source>
      <translation>SLA resolution breaches: actual {actual}, simulated {simulated}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="288" />
      <source>Saturday</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="248" />
      <source>Scenario “{scenario}”, calibrated from {source} ({tickets}): the simulated run beside the export it was fitted from.</source>
      <translation>Scenario “{scenario}”, calibrated from {source} ({tickets}): the simulated run beside the export it was fitted from.</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_view.py" line="59" />
      <source>Share of tickets resolved within each time: actual and simulated</source>
      <translation>Share of tickets resolved within each time: actual and simulated</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="266" />
      <source>Simulated</source>
      <translation>Simulated</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="247" />
      <source>Simulated vs actual</source>
      <translation>Simulated vs actual</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="257" />
      <source>Simulated, in the step</source>
      <translation>Simulated, in the step</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="258" />
      <source>Simulated, service</source>
      <translation>Simulated, service</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="36" />
      <source>Solved</source>
      <translation>Solved</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="255" />
      <source>State in the export</source>
      <translation>State in the export</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="38" />
      <source>Status (one row per change)</source>
      <translation>Status (one row per change)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="40" />
      <source>Status history</source>
      <translation>Status history</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="254" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="145" />
      <source>Stop reading the export</source>
      <translation>Stop reading the export</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="315" />
      <source>Stopped. Choose Preview to read the export again.</source>
      <translation>Stopped. Choose Preview to read the export again.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="289" />
      <source>Sunday</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="133" />
      <source>The export's column that holds “{role}”</source>
      <translation>The export's column that holds “{role}”</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="286" />
      <source>Thursday</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="104" />
      <source>Ticket export</source>
      <translation>Ticket export</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="103" />
      <source>Ticket export or event log</source>
      <translation>Ticket export or event log</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="60" />
      <source>Ticket exports and event logs (*.csv *.txt *.xes);;All files (*)</source>
      <translation>Ticket exports and event logs (*.csv *.txt *.xes);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="33" />
      <source>Ticket number</source>
      <translation>Ticket number</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="275" />
      <source>Tickets per day, from the hourly rates of the week: actual in the export, simulated as the scenario's intakes draw them. Busiest hour: actual {actual}, simulated {simulated}.</source>
      <translation>Tickets per day, from the hourly rates of the week: actual in the export, simulated as the scenario's intakes draw them. Busiest hour: actual {actual}, simulated {simulated}.</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_view.py" line="63" />
      <source>Tickets per hour over the week, Monday first: actual and simulated</source>
      <translation>Tickets per hour over the week, Monday first: actual and simulated</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="39" />
      <source>Time of the status change</source>
      <translation>Time of the status change</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="253" />
      <source>Time per state</source>
      <translation>Time per state</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="284" />
      <source>Tuesday</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="273" />
      <source>Volume per hour of the week</source>
      <translation>Volume per hour of the week</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="285" />
      <source>Wednesday</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="163" />
      <source>What will be fitted</source>
      <translation>What will be fitted</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="110" />
      <source>Zendesk (ticket export)</source>
      <translation>Zendesk (ticket export)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="50" />
      <source>a cell longer than {limit} characters</source>
      <translation>a cell longer than {limit} characters</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="33" />
      <source>choose a column for “{role}”: the calibration cannot do without it</source>
      <translation>choose a column for “{role}”: the calibration cannot do without it</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="33" />
      <source>empirical</source>
      <translation>empirical</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="30" />
      <source>exponential</source>
      <translation>exponential</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="32" />
      <source>gamma</source>
      <translation>gamma</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="18" />
      <source>it is not a file (a folder, a device or a pipe)</source>
      <translation>it is not a file (a folder, a device or a pipe)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="21" />
      <source>it is not a text file (it holds binary data)</source>
      <translation>it is not a text file (it holds binary data)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="39" />
      <source>it is not an XES event log (its root element is {root})</source>
      <translation>it is not an XES event log (its root element is {root})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="42" />
      <source>it is not well-formed XML ({reason})</source>
      <translation>it is not well-formed XML ({reason})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="22" />
      <source>line {line} is not UTF-8 text (byte {byte}); save the export as UTF-8, or name its encoding</source>
      <translation>line {line} is not UTF-8 text (byte {byte}); save the export as UTF-8, or name its encoding</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="69" />
      <source>line {line}: {reason}</source>
      <translation>line {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="31" />
      <source>log-normal</source>
      <translation>log-normal</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="46" />
      <source>no creation date</source>
      <translation>no creation date</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="67" />
      <source>no state of the export matches the step “{step}”: it keeps its own duration</source>
      <translation>no state of the export matches the step “{step}”: it keeps its own duration</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="36" />
      <source>no ticket could be read ({problems} row refused: line {line})</source>
      <translation>no ticket could be read ({problems} row refused: line {line})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="90" />
      <source>no ticket could be read ({problems} rows refused; the first: line {line})</source>
      <translation>no ticket could be read ({problems} rows refused; the first: line {line})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="45" />
      <source>no ticket number</source>
      <translation>no ticket number</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="70" />
      <source>the channel “{channel}” ({tickets} ticket) has no intake: its arrivals are not used</source>
      <translation>the channel “{channel}” ({tickets} ticket) has no intake: its arrivals are not used</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="108" />
      <source>the channel “{channel}” ({tickets} tickets) has no intake: its arrivals are not used</source>
      <translation>the channel “{channel}” ({tickets} tickets) has no intake: its arrivals are not used</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="30" />
      <source>the column “{column}” chosen for “{role}” is not in the file</source>
      <translation>the column “{column}” chosen for “{role}” is not in the file</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="78" />
      <source>the export covers {days} day, less than a week: the hours it does not cover take the rate of the same hour on the days it covers</source>
      <translation>the export covers {days} day, less than a week: the hours it does not cover take the rate of the same hour on the days it covers</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="125" />
      <source>the export covers {days} days, less than a week: the hours it does not cover take the rate of the same hour on the days it covers</source>
      <translation>the export covers {days} days, less than a week: the hours it does not cover take the rate of the same hour on the days it covers</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="17" />
      <source>the file does not exist</source>
      <translation>the file does not exist</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="20" />
      <source>the file is empty</source>
      <translation>the file is empty</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="19" />
      <source>the file is larger than {limit} MB</source>
      <translation>the file is larger than {limit} MB</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="26" />
      <source>the first line holds no column names</source>
      <translation>the first line holds no column names</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="52" />
      <source>the row cannot be read as CSV ({reason})</source>
      <translation>the row cannot be read as CSV ({reason})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="49" />
      <source>{column} is before the creation date</source>
      <translation>{column} is before the creation date</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="77" />
      <source>{count} row left out (see the list)</source>
      <translation>{count} row left out (see the list)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="121" />
      <source>{count} rows left out (see the list)</source>
      <translation>{count} rows left out (see the list)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="48" />
      <source>{decision} → {target}: {share} ({span}) of {total}</source>
      <translation>{decision} → {target}: {share} ({span}) of {total}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="70" />
      <source>{file}: scenario “{name}” added; run it with: blueprint-studio simulate {file} --scenario {id}</source>
      <translation>{file}: scenario “{name}” added; run it with: blueprint-studio simulate {file} --scenario {id}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="51" />
      <source>{found} cells where the header has {expected}</source>
      <translation>{found} cells where the header has {expected}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="40" />
      <source>{intake}: arrival rate of {rate} per hour on average ({span}), by the hour of the week</source>
      <translation>{intake}: arrival rate of {rate} per hour on average ({span}), by the hour of the week</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="44" />
      <source>{step}: {family}, mean {mean} ({span}), Kolmogorov-Smirnov distance {ks}, {count} of “{state}”</source>
      <translation>{step}: {family}, mean {mean} ({span}), Kolmogorov-Smirnov distance {ks}, {count} of “{state}”</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="280" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="222" />
      <source>— not in the file —</source>
      <translation>— not in the file —</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="27" />
      <source>“{encoding}” is not a text encoding known here</source>
      <translation>“{encoding}” is not a text encoding known here</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="324" />
      <source>“{name}” cannot be used: {reason}. The file itself is unchanged.</source>
      <translation>“{name}” cannot be used: {reason}. The file itself is unchanged.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="58" />
      <source>“{state}” ({tickets} ticket) matches no step: its times are not used</source>
      <translation>“{state}” ({tickets} ticket) matches no step: its times are not used</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="96" />
      <source>“{state}” ({tickets} tickets) matches no step: its times are not used</source>
      <translation>“{state}” ({tickets} tickets) matches no step: its times are not used</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="61" />
      <source>“{state}” could be any of {candidates}: rename one, its times are not used</source>
      <translation>“{state}” could be any of {candidates}: rename one, its times are not used</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="64" />
      <source>“{state}” has only {count} duration: too few to fit, the step keeps its own</source>
      <translation>“{state}” has only {count} duration: too few to fit, the step keeps its own</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="102" />
      <source>“{state}” has only {count} durations: too few to fit, the step keeps its own</source>
      <translation>“{state}” has only {count} durations: too few to fit, the step keeps its own</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="74" />
      <source>“{value}” ({tickets} ticket) is not a value of the field “{field}”</source>
      <translation>“{value}” ({tickets} ticket) is not a value of the field “{field}”</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="115" />
      <source>“{value}” ({tickets} tickets) is not a value of the field “{field}”</source>
      <translation>“{value}” ({tickets} tickets) is not a value of the field “{field}”</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="53" />
      <source>“{value}” in the status history is not state@date</source>
      <translation>“{value}” in the status history is not state@date</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="47" />
      <source>“{value}” in {column} is not a date</source>
      <translation>“{value}” in {column} is not a date</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="48" />
      <source>“{value}” in {column} is not a number</source>
      <translation>“{value}” in {column} is not a number</translation>
    </message>
  </context>
  <context>
    <name>Canvas</name>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="46" />
      <source>(no name)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="70" />
      <source>A flow cannot start or end at evidence or a note; use an association.</source>
      <translation>A flow cannot start or end at evidence or a note; use an association.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="312" />
      <source>A node cannot be connected to itself.</source>
      <translation>A node cannot be connected to itself.</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="27" />
      <source>Actual size</source>
      <translation>Actual size</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/base.py" line="157" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="29" />
      <location filename="../../canvas/commands/elements.py" line="149" />
      <source>Add lane</source>
      <translation>Add lane</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="294" />
      <source>Add node</source>
      <translation>Add node</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="30" />
      <location filename="../../canvas/commands/elements.py" line="149" />
      <source>Add stage</source>
      <translation>Add stage</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="370" />
      <source>Align</source>
      <translation>Align</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="37" />
      <source>Align bottom</source>
      <translation>Align bottom</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="33" />
      <source>Align centres</source>
      <translation>Align centres</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="32" />
      <source>Align left</source>
      <translation>Align left</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="36" />
      <source>Align middles</source>
      <translation>Align middles</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="34" />
      <source>Align right</source>
      <translation>Align right</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="35" />
      <source>Align top</source>
      <translation>Align top</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="318" />
      <source>An association ties evidence or a note to a step.</source>
      <translation>An association ties evidence or a note to a step.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="310" />
      <source>An edge joins two nodes.</source>
      <translation>An edge joins two nodes.</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="31" />
      <location filename="../../canvas/commands/arrange.py" line="53" />
      <location filename="../../canvas/editor.py" line="384" />
      <source>Arrange automatically</source>
      <translation>Arrange automatically</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="55" />
      <source>Automated step</source>
      <translation>Automated step</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="61" />
      <source>Backstage</source>
      <translation>Backstage</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/base.py" line="171" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="397" />
      <source>Change lane kind</source>
      <translation>Change lane kind</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="304" />
      <source>Click on the canvas to place the node; Escape cancels.</source>
      <translation>Click on the canvas to place the node; Escape cancels.</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="94" />
      <location filename="../../canvas/editor.py" line="333" />
      <location filename="../../canvas/keyboard_intents.py" line="122" />
      <source>Connect</source>
      <translation>Connect</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="67" />
      <source>Connect to</source>
      <translation>Connect to</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="19" />
      <source>Connect to…</source>
      <translation>Connect to…</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="73" />
      <source>Connect “{origin}” to:</source>
      <translation>Connect “{origin}” to:</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="22" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="59" />
      <location filename="../../export/strings.py" line="44" />
      <source>Customer actions</source>
      <translation>Customer actions</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="23" />
      <source>Cut</source>
      <translation>Cut</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="47" />
      <location filename="../../export/strings.py" line="32" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="15" />
      <location filename="../../canvas/commands/elements.py" line="166" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="374" />
      <source>Distribute</source>
      <translation>Distribute</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="38" />
      <source>Distribute horizontally</source>
      <translation>Distribute horizontally</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="39" />
      <source>Distribute vertically</source>
      <translation>Distribute vertically</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="17" />
      <location filename="../../canvas/editor.py" line="445" />
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="499" />
      <source>Edit {field}</source>
      <translation>Edit {field}</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="51" />
      <location filename="../../export/strings.py" line="36" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="52" />
      <source>Evidence</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="80" />
      <source>Filter the nodes by name</source>
      <translation>Filter the nodes by name</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="28" />
      <source>Fit drawing</source>
      <translation>Fit drawing</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="60" />
      <source>Frontstage</source>
      <translation>Frontstage</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="53" />
      <source>Insert “{kind}”</source>
      <translation>Insert “{kind}”</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="45" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="64" />
      <location filename="../../export/strings.py" line="49" />
      <source>Lane</source>
      <translation>Lane</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="16" />
      <location filename="../../export/strings.py" line="41" />
      <source>Line of interaction</source>
      <translation>Line of interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="18" />
      <location filename="../../export/strings.py" line="43" />
      <source>Line of internal interaction</source>
      <translation>Line of internal interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="17" />
      <location filename="../../export/strings.py" line="42" />
      <source>Line of visibility</source>
      <translation>Line of visibility</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="58" />
      <source>Move</source>
      <translation>Move</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="152" />
      <source>No node has this name.</source>
      <translation>No node has this name.</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="84" />
      <source>Nodes</source>
      <translation>Nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="53" />
      <location filename="../../export/strings.py" line="38" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="72" />
      <source>Nothing flows into an intake: tickets arrive there.</source>
      <translation>Nothing flows into an intake: tickets arrive there.</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="74" />
      <source>Nothing leaves an end.</source>
      <translation>Nothing leaves an end.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="361" />
      <source>Nudge</source>
      <translation>Nudge</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="24" />
      <location filename="../../canvas/editor.py" line="439" />
      <source>Paste</source>
      <translation>Paste</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="63" />
      <location filename="../../export/strings.py" line="37" />
      <location filename="../../export/strings.py" line="48" />
      <source>Physical evidence</source>
      <translation>Physical evidence</translation>
    </message>
    <message>
      <location filename="../../canvas/connect.py" line="143" />
      <source>Reattach edge</source>
      <translation>Reattach edge</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="14" />
      <source>Redo</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="18" />
      <location filename="../../canvas/rename.py" line="99" />
      <source>Rename</source>
      <translation>Rename</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="132" />
      <source>Reorder lanes</source>
      <translation>Reorder lanes</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="132" />
      <source>Reorder stages</source>
      <translation>Reorder stages</translation>
    </message>
    <message>
      <location filename="../../canvas/interactions.py" line="144" />
      <source>Resize</source>
      <translation>Resize</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="111" />
      <source>Resize lane</source>
      <translation>Resize lane</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="111" />
      <source>Resize stage</source>
      <translation>Resize stage</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="50" />
      <location filename="../../export/strings.py" line="35" />
      <source>Roadmap</source>
      <translation>Roadmap</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="49" />
      <location filename="../../export/strings.py" line="34" />
      <source>Satisfaction survey</source>
      <translation>Satisfaction survey</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="16" />
      <source>Select all</source>
      <translation>Select all</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="21" />
      <source>Select incoming link</source>
      <translation>Select incoming link</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="20" />
      <source>Select outgoing link</source>
      <translation>Select outgoing link</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="81" />
      <source>Select the node to connect from, then choose Connect to…</source>
      <translation>Select the node to connect from, then choose Connect to…</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="56" />
      <source>Self-service step</source>
      <translation>Self-service step</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="41" />
      <source>Show grid</source>
      <translation>Show grid</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="411" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="46" />
      <location filename="../../export/strings.py" line="29" />
      <location filename="../../export/strings.py" line="163" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="40" />
      <source>Straight edges</source>
      <translation>Straight edges</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="62" />
      <location filename="../../export/strings.py" line="47" />
      <source>Support processes</source>
      <translation>Support processes</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="150" />
      <source>There is no other node to connect to yet.</source>
      <translation>There is no other node to connect to yet.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="321" />
      <source>These two nodes are already connected.</source>
      <translation>These two nodes are already connected.</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="175" />
      <source>This node has no incoming link.</source>
      <translation>This node has no incoming link.</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="175" />
      <source>This node has no outgoing link.</source>
      <translation>This node has no outgoing link.</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="78" />
      <source>Type part of a name</source>
      <translation>Type part of a name</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="13" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="48" />
      <location filename="../../export/strings.py" line="33" />
      <source>Wait for customer</source>
      <translation>Wait for customer</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="25" />
      <source>Zoom in</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="26" />
      <source>Zoom out</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="50" />
      <source>default</source>
      <translation>default</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="72" />
      <source>{count} nodes</source>
      <translation>{count} nodes</translation>
    </message>
  </context>
  <context>
    <name>CardCommands</name>
    <message>
      <location filename="../../canvas/commands/cards.py" line="44" />
      <source>Add ticket card</source>
      <translation>Add ticket card</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/cards.py" line="61" />
      <source>Delete ticket card</source>
      <translation>Delete ticket card</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/cards.py" line="50" />
      <location filename="../../canvas/commands/cards.py" line="55" />
      <source>Edit ticket card</source>
      <translation>Edit ticket card</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <location filename="../../app/training/card_dialog.py" line="92" />
      <location filename="../../app/training/card_dialog.py" line="105" />
      <source>(not set)</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="71" />
      <source>Expected path</source>
      <translation>Expected path</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="72" />
      <source>Forget the expected path</source>
      <translation>Forget the expected path</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="58" />
      <location filename="../../app/training/card_dialog.py" line="145" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="68" />
      <source>No expected path: the quiz compares with the model's own choices.</source>
      <translation>No expected path: the quiz compares with the model's own choices.</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="49" />
      <source>Ticket card</source>
      <translation>Ticket card</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="57" />
      <source>e.g. Password reset by e-mail, P3</source>
      <translation>e.g. Password reset by e-mail, P3</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="98" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="98" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="116" />
      <source>“{field}” needs a number such as 12 or 3.5; “{text}” is not one.</source>
      <translation>“{field}” needs a number such as 12 or 3.5; “{text}” is not one.</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="150" />
      <source>“{field}” {reason}.</source>
      <translation>“{field}” {reason}.</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../app/cli/words.py" line="52" />
      <source>(commands: {commands})</source>
      <translation>(commands: {commands})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="41" />
      <source>--lane-kind {item}: no lane is called “{name}” (lanes: {lanes})</source>
      <translation>--lane-kind {item}: no lane is called “{name}” (lanes: {lanes})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="44" />
      <source>--lane-kind {item}: the kind must be one of {kinds}</source>
      <translation>--lane-kind {item}: the kind must be one of {kinds}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="28" />
      <source>--mapping {item}: not a JSON object of ROLE: COLUMN</source>
      <translation>--mapping {item}: not a JSON object of ROLE: COLUMN</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="31" />
      <source>--mapping {item}: not valid JSON (line {line}, column {column})</source>
      <translation>--mapping {item}: not valid JSON (line {line}, column {column})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="34" />
      <source>--mapping {item}: write ROLE=COLUMN, or name a JSON file</source>
      <translation>--mapping {item}: write ROLE=COLUMN, or name a JSON file</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="37" />
      <source>--mapping {item}: “{role}” is not a role ({roles})</source>
      <translation>--mapping {item}: “{role}” is not a role ({roles})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="78" />
      <source>--scale applies to posters: add --tile</source>
      <translation>--scale applies to posters: add --tile</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="38" />
      <source>--scenario {id}: no such scenario (scenarios: {ids})</source>
      <translation>--scenario {id}: no such scenario (scenarios: {ids})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="60" />
      <source>QT_QPA_PLATFORM={platform} shows no window</source>
      <translation>QT_QPA_PLATFORM={platform} shows no window</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="72" />
      <source>Simulating the default settings for the report…</source>
      <translation>Simulating the default settings for the report…</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="71" />
      <source>Simulating “{scenario}” for the report…</source>
      <translation>Simulating “{scenario}” for the report…</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="109" />
      <source>Utilisation: {pools}</source>
      <translation>Utilisation: {pools}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="61" />
      <source>WAYLAND_DISPLAY is not set</source>
      <translation>WAYLAND_DISPLAY is not set</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="96" />
      <source>a {width} × {height} pixel image is too large; use a lower --dpi</source>
      <translation>a {width} × {height} pixel image is too large; use a lower --dpi</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="27" />
      <source>cannot calibrate from {where}{reason}</source>
      <translation>cannot calibrate from {where}{reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="26" />
      <source>cannot import {reason}</source>
      <translation>cannot import {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="55" />
      <source>cannot open the window: {problem}.
The commands validate, templates, new, simulate, export, import, calibrate and desktop-install work without a display (see 'blueprint-studio --help').</source>
      <translation>cannot open the window: {problem}.
The commands validate, templates, new, simulate, export, import, calibrate and desktop-install work without a display (see 'blueprint-studio --help').</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="54" />
      <source>cannot open {file}: it is a folder, not a blueprint file</source>
      <translation>cannot open {file}: it is a folder, not a blueprint file</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="53" />
      <source>cannot open {file}: no such file</source>
      <translation>cannot open {file}: no such file</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="85" />
      <source>cannot read {reason}</source>
      <translation>cannot read {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="83" />
      <source>cannot read {where}: {reason}</source>
      <translation>cannot read {where}: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="89" />
      <source>could not save {name}: {reason}; the file on disk is unchanged</source>
      <translation>could not save {name}: {reason}; the file on disk is unchanged</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="101" />
      <source>could not write {name}: the disk refused the data</source>
      <translation>could not write {name}: the disk refused the data</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="100" />
      <source>could not write {name}: {reason}</source>
      <translation>could not write {name}: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="62" />
      <source>no display (DISPLAY is not set)</source>
      <translation>no display (DISPLAY is not set)</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="110" />
      <source>no scenario “{name}” in this blueprint (scenarios: {names})</source>
      <translation>no scenario “{name}” in this blueprint (scenarios: {names})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="113" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="75" />
      <source>nothing to export: give --pdf, --svg or --png OUT</source>
      <translation>nothing to export: give --pdf, --svg or --png OUT</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="65" />
      <source>nothing to remove in {folder}</source>
      <translation>nothing to remove in {folder}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="68" />
      <source>ran {command}</source>
      <translation>ran {command}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="69" />
      <source>ran {command} (failed, exit {status})</source>
      <translation>ran {command} (failed, exit {status})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="66" />
      <source>removed {path}</source>
      <translation>removed {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="63" />
      <source>the display {display} does not answer</source>
      <translation>the display {display} does not answer</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="105" />
      <source>the export was cancelled</source>
      <translation>the export was cancelled</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="82" />
      <location filename="../../app/cli/words.py" line="99" />
      <source>the folder {folder} does not exist</source>
      <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="93" />
      <source>the resolution must be between 24 and 1200 dpi, not {dpi}</source>
      <translation>the resolution must be between 24 and 1200 dpi, not {dpi}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="107" />
      <source>the warm-up must be shorter than the horizon</source>
      <translation>the warm-up must be shorter than the horizon</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="46" />
      <source>unknown command '{word}' {hint}
Run 'blueprint-studio --help' for the commands, or name a {suffix} file to open it in the window.</source>
      <translation>unknown command '{word}' {hint}
Run 'blueprint-studio --help' for the commands, or name a {suffix} file to open it in the window.</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="86" />
      <source>unknown template “{name}” (available: {names})</source>
      <translation>unknown template “{name}” (available: {names})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="67" />
      <source>wrote {path}</source>
      <translation>wrote {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="102" />
      <source>you are not allowed to write in the folder {folder}</source>
      <translation>you are not allowed to write in the folder {folder}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="114" />
      <source>{file}: cannot simulate ({errors})</source>
      <translation>{file}: cannot simulate ({errors})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="73" />
      <source>{file}: cannot simulate for the report ({errors})</source>
      <translation>{file}: cannot simulate for the report ({errors})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="24" />
      <source>{file}: {errors}, {warnings}</source>
      <translation>{file}: {errors}, {warnings}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="25" />
      <source>{file}: {nodes}, {lanes}; {notes}, {errors}, {warnings}</source>
      <translation>{file}: {nodes}, {lanes}; {notes}, {errors}, {warnings}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="74" />
      <source>{file}: {pages}</source>
      <translation>{file}: {pages}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="84" />
      <source>{file}: {place}</source>
      <translation>{file}: {place}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="88" />
      <source>{option}: {reason}</source>
      <translation>{option}: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="87" />
      <source>{out} already exists; choose another name or add --force</source>
      <translation>{out} already exists; choose another name or add --force</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="79" />
      <source>{out} is a folder; give a file name ending in {suffix}</source>
      <translation>{out} is a folder; give a file name ending in {suffix}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="108" />
      <source>{span}; {loop}</source>
      <translation>{span}; {loop}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="51" />
      <source>— did you mean '{command}'?</source>
      <translation>— did you mean '{command}'?</translation>
    </message>
  </context>
  <context>
    <name>CompareDock</name>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="72" />
      <source>A:</source>
      <translation>A:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>B − A (95 % interval)</source>
      <translation>B − A (95 % interval)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="74" />
      <source>B:</source>
      <translation>B:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="84" />
      <source>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</source>
      <translation>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="70" />
      <source>Compare</source>
      <translation>Compare</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="62" />
      <source>Compare scenarios</source>
      <translation>Compare scenarios</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="140" />
      <source>No comparison for {title} yet: pick A and B, then Compare.</source>
      <translation>No comparison for {title} yet: pick A and B, then Compare.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>Real?</source>
      <translation>Real?</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="101" />
      <source>Show the change in waits on the blueprint</source>
      <translation>Show the change in waits on the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="151" />
      <source>{title}: compared {when}.</source>
      <translation>{title}: compared {when}.</translation>
    </message>
  </context>
  <context>
    <name>ConditionBuilder</name>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="357" />
      <source>Add a condition</source>
      <translation>Add a condition</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="359" />
      <source>Add a line: a field, how it compares and a value</source>
      <translation>Add a line: a field, how it compares and a value</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="367" />
      <source>As text:</source>
      <translation>As text:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="523" />
      <source>Column {column}: {message}</source>
      <translation>Column {column}: {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="445" />
      <source>Edit it as text: it cannot be read yet.</source>
      <translation>Edit it as text: it cannot be read yet.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="365" />
      <source>Empty: every ticket</source>
      <translation>Empty: every ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="172" />
      <source>How the field is compared</source>
      <translation>How the field is compared</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="177" />
      <location filename="../../canvas/settings/condition_builder.py" line="178" />
      <source>Remove this line</source>
      <translation>Remove this line</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="280" />
      <source>The number compared with, in the field's unit</source>
      <translation>The number compared with, in the field's unit</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="366" />
      <source>The same condition as text, e.g. priority in ("P1", "P2")</source>
      <translation>The same condition as text, e.g. priority in ("P1", "P2")</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="284" />
      <source>The text compared with, exactly as written</source>
      <translation>The text compared with, exactly as written</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="167" />
      <source>The ticket field this line tests</source>
      <translation>The ticket field this line tests</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="272" />
      <source>The value compared with</source>
      <translation>The value compared with</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="256" />
      <source>Tick the values that match (Space ticks the current one)</source>
      <translation>Tick the values that match (Space ticks the current one)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="349" />
      <source>Tickets where</source>
      <translation>Tickets where</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="443" />
      <source>Too complex for lines; edit it as text. It reads: {words}</source>
      <translation>Too complex for lines; edit it as text. It reads: {words}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="348" />
      <source>Whether every line must hold, or one is enough</source>
      <translation>Whether every line must hold, or one is enough</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="346" />
      <source>all of these</source>
      <translation>all of these</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="347" />
      <source>any of these</source>
      <translation>any of these</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="50" />
      <source>is</source>
      <translation>is</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="57" />
      <source>is at least</source>
      <translation>is at least</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="55" />
      <source>is at most</source>
      <translation>is at most</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="54" />
      <source>is less than</source>
      <translation>is less than</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="56" />
      <source>is more than</source>
      <translation>is more than</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="53" />
      <source>is none of</source>
      <translation>is none of</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="51" />
      <source>is not</source>
      <translation>is not</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="52" />
      <source>is one of</source>
      <translation>is one of</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="267" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="267" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
  </context>
  <context>
    <name>Conditions</name>
    <message>
      <location filename="../../model/words.py" line="28" />
      <source> and </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="35" />
      <source> nor </source>
      <translation> nor </translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="29" />
      <source> or </source>
      <translation> or </translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="127" />
      <location filename="../../model/words.py" line="30" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="27" />
      <source>: </source>
      <translation>: </translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="23" />
      <source>Customer replied</source>
      <translation>Customer replied</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="22" />
      <source>Customer satisfied</source>
      <translation>Customer satisfied</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="41" />
      <source>always</source>
      <translation>always</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="48" />
      <source>approval</source>
      <translation>approval</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="39" />
      <source>at least {}</source>
      <translation>at least {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="37" />
      <source>at most {}</source>
      <translation>at most {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="46" />
      <source>condition to fix</source>
      <translation>condition to fix</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="42" />
      <source>default</source>
      <translation>default</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="45" />
      <source>if {}</source>
      <translation>if {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="36" />
      <source>less than {}</source>
      <translation>less than {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="38" />
      <source>more than {}</source>
      <translation>more than {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="49" />
      <source>needs approval</source>
      <translation>needs approval</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="34" />
      <source>neither {}</source>
      <translation>neither {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="43" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="32" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="44" />
      <source>not</source>
      <translation>not</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="33" />
      <source>not {}</source>
      <translation>not {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="40" />
      <source>same as {}</source>
      <translation>same as {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="31" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
  </context>
  <context>
    <name>ContactWords</name>
    <message>
      <location filename="../../model/contact_words.py" line="33" />
      <source>A follow-up arrives as a new ticket: it is a duplicate of the customer's open ticket until someone recognises it and merges it.</source>
      <translation>A follow-up arrives as a new ticket: it is a duplicate of the customer's open ticket until someone recognises it and merges it.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="28" />
      <source>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through another intake, one without a title.</source>
      <translation>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through another intake, one without a title.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="23" />
      <source>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through this channel again.</source>
      <translation>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through this channel again.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="18" />
      <source>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through “{channel}”.</source>
      <translation>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through “{channel}”.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="38" />
      <source>Merge: check whether the customer already has an open ticket. {share} of follow-ups are recognised here and merged into it, which takes {time} more; the others go on as duplicate tickets, worked, then merged when they are done.</source>
      <translation>Merge: check whether the customer already has an open ticket. {share} of follow-ups are recognised here and merged into it, which takes {time} more; the others go on as duplicate tickets, worked, then merged when they are done.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="44" />
      <source>Merge: check whether the customer already has an open ticket. {share} of follow-ups are recognised here and merged into it; the others go on as duplicate tickets, worked, then merged when they are done.</source>
      <translation>Merge: check whether the customer already has an open ticket. {share} of follow-ups are recognised here and merged into it; the others go on as duplicate tickets, worked, then merged when they are done.</translation>
    </message>
  </context>
  <context>
    <name>ContactsForm</name>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="117" />
      <source>&amp;Detection time:</source>
      <translation>&amp;Detection time:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="98" />
      <source>&amp;Merge follow-ups here</source>
      <translation>&amp;Merge follow-ups here</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="117" />
      <source>&amp;Recognised:</source>
      <translation>&amp;Recognised:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="59" />
      <source>&amp;Share of tickets:</source>
      <translation>&amp;Share of tickets:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="60" />
      <source>&amp;Through:</source>
      <translation>&amp;Through:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="61" />
      <source>After (minutes since opening):</source>
      <translation>After (minutes since opening):</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="101" />
      <source>At this step, follow-ups recognised as a customer's open ticket are merged into it</source>
      <translation>At this step, follow-ups recognised as a customer's open ticket are merged into it</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="38" />
      <source>Customers &amp;write again</source>
      <translation>Customers &amp;write again</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="53" />
      <source>Minutes from the ticket's opening to the follow-up</source>
      <translation>Minutes from the ticket's opening to the follow-up</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="114" />
      <source>Minutes the agent spends to find and merge a recognised follow-up</source>
      <translation>Minutes the agent spends to find and merge a recognised follow-up</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="107" />
      <source>Share of follow-ups recognised here, in %; the others become duplicate tickets, worked, then merged when they are done</source>
      <translation>Share of follow-ups recognised here, in %; the others become duplicate tickets, worked, then merged when they are done</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="47" />
      <source>Share of this intake's tickets, in %, whose customer writes again while the ticket is open; each follow-up has the same chance of another</source>
      <translation>Share of this intake's tickets, in %, whose customer writes again while the ticket is open; each follow-up has the same chance of another</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="41" />
      <source>Some customers contact the help desk again while their ticket is still open: a follow-up</source>
      <translation>Some customers contact the help desk again while their ticket is still open: a follow-up</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="56" />
      <source>The channel the follow-ups come through</source>
      <translation>The channel the follow-ups come through</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="74" />
      <source>an intake that no longer exists</source>
      <translation>an intake that no longer exists</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="111" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="70" />
      <source>the same intake</source>
      <translation>the same intake</translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message>
      <location filename="../../model/words.py" line="96" />
      <source>{n} branch</source>
      <translation>{n} branch</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="96" />
      <source>{n} branches</source>
      <translation>{n} branches</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="65" />
      <source>{n} duration</source>
      <translation>{n} duration</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="65" />
      <source>{n} durations</source>
      <translation>{n} durations</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="66" />
      <source>{n} error</source>
      <translation>{n} error</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="66" />
      <source>{n} errors</source>
      <translation>{n} errors</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="87" />
      <source>{n} import note</source>
      <translation>{n} import note</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="88" />
      <source>{n} import notes</source>
      <translation>{n} import notes</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="91" />
      <source>{n} intake</source>
      <translation>{n} intake</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="91" />
      <source>{n} intakes</source>
      <translation>{n} intakes</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="85" />
      <source>{n} lane</source>
      <translation>{n} lane</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="85" />
      <source>{n} lanes</source>
      <translation>{n} lanes</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="84" />
      <source>{n} node</source>
      <translation>{n} node</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="84" />
      <source>{n} nodes</source>
      <translation>{n} nodes</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="90" />
      <source>{n} page</source>
      <translation>{n} page</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="90" />
      <source>{n} pages</source>
      <translation>{n} pages</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="77" />
      <source>{n} paired replication</source>
      <translation>{n} paired replication</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="78" />
      <source>{n} paired replications</source>
      <translation>{n} paired replications</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="73" />
      <source>{n} replication</source>
      <translation>{n} replication</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="74" />
      <source>{n} replications</source>
      <translation>{n} replications</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="93" />
      <source>{n} step or wait</source>
      <translation>{n} step or wait</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="94" />
      <source>{n} steps or waits</source>
      <translation>{n} steps or waits</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="63" />
      <source>{n} ticket</source>
      <translation>{n} ticket</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="98" />
      <source>{n} ticket field</source>
      <translation>{n} ticket field</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="99" />
      <source>{n} ticket fields</source>
      <translation>{n} ticket fields</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="63" />
      <source>{n} tickets</source>
      <translation>{n} tickets</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="69" />
      <source>{n} validation error</source>
      <translation>{n} validation error</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="70" />
      <source>{n} validation errors</source>
      <translation>{n} validation errors</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="81" />
      <source>{n} variation</source>
      <translation>{n} variation</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="82" />
      <source>{n} variations</source>
      <translation>{n} variations</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="67" />
      <source>{n} warning</source>
      <translation>{n} warning</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="67" />
      <source>{n} warnings</source>
      <translation>{n} warnings</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="64" />
      <source>{n} week</source>
      <translation>{n} week</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="64" />
      <source>{n} weeks</source>
      <translation>{n} weeks</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="502" />
      <source> and </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="503" />
      <source> or </source>
      <translation> or </translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="451" />
      <source>'{token}' is not expected here</source>
      <translation>'{token}' is not expected here</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="126" />
      <source>A link goes into {subject}, but an intake only starts tickets: connect that link to a step instead.</source>
      <translation>A link goes into {subject}, but an intake only starts tickets: connect that link to a step instead.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="323" />
      <source>A sequence flow of the file joins {subject} to an element that has no equal in a blueprint: it was left out; draw the link again if tickets go that way.</source>
      <translation>A sequence flow of the file joins {subject} to an element that has no equal in a blueprint: it was left out; draw the link again if tickets go that way.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="414" />
      <source>Erlang</source>
      <translation>Erlang</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="55" />
      <source>Loop with no way out: tickets that enter it ({subjects}) can never reach an end. Connect one of them to a step that leads to an end.</source>
      <translation>Loop with no way out: tickets that enter it ({subjects}) can never reach an end. Connect one of them to a step that leads to an end.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="48" />
      <source>No ticket can reach {subject}: connect a step that comes before it, or delete it.</source>
      <translation>No ticket can reach {subject}: connect a step that comes before it, or delete it.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="75" />
      <source>Several branches of {subject} have no condition, and only the first one will ever be taken: give the others a condition or a probability, or delete them.</source>
      <translation>Several branches of {subject} have no condition, and only the first one will ever be taken: give the others a condition or a probability, or delete them.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="282" />
      <source>Spread too large for {subject} ({setting}): its values cannot be computed; use a smaller standard deviation.</source>
      <translation>Spread too large for {subject} ({setting}): its values cannot be computed; use a smaller standard deviation.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="250" />
      <source>The approval of {subject} sends rejected tickets back to the intake it leaves: choose a rejection path in its approval.</source>
      <translation>The approval of {subject} sends rejected tickets back to the intake it leaves: choose a rejection path in its approval.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="242" />
      <source>The approval of {subject} sends rejected tickets to a node that no longer exists: choose another rejection path in its approval.</source>
      <translation>The approval of {subject} sends rejected tickets to a node that no longer exists: choose another rejection path in its approval.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="246" />
      <source>The approval of {subject} sends rejected tickets to {target}, where no ticket can go: choose a step, a decision, a wait or an end.</source>
      <translation>The approval of {subject} sends rejected tickets to {target}, where no ticket can go: choose a step, a decision, a wait or an end.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="67" />
      <source>The branch probabilities of {subject} add up to {total}, not 100 %: change them so that they add up to 100 %, or make one branch the default.</source>
      <translation>The branch probabilities of {subject} add up to {total}, not 100 %: change them so that they add up to 100 %, or make one branch the default.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="359" />
      <source>The branch probabilities of {subject} in the file added up to {total}: they were scaled to add up to 100 %.</source>
      <translation>The branch probabilities of {subject} in the file added up to {total}: they were scaled to add up to 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="71" />
      <source>The branches of {subject} mix conditions and probabilities, and conditions are always tried first: use either conditions or probabilities on its branches.</source>
      <translation>The branches of {subject} mix conditions and probabilities, and conditions are always tried first: use either conditions or probabilities on its branches.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="339" />
      <source>The condition “{condition}” of {subject} does not test the ticket fields of the document: the branches of its decision were given shares instead. Write the condition again in the properties panel if it matters.</source>
      <translation>The condition “{condition}” of {subject} does not test the ticket fields of the document: the branches of its decision were given shares instead. Write the condition again in the properties panel if it matters.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="210" />
      <source>The escalation ladder of {subject} follows the first-response target, but the policy sets none: nothing will escalate. Set a first-response target, or have the ladder follow the resolution.</source>
      <translation>The escalation ladder of {subject} follows the first-response target, but the policy sets none: nothing will escalate. Set a first-response target, or have the ladder follow the resolution.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="206" />
      <source>The escalation ladder of {subject} follows the resolution target, but the policy sets none: nothing will escalate. Set a resolution target, or have the ladder follow the first response.</source>
      <translation>The escalation ladder of {subject} follows the resolution target, but the policy sets none: nothing will escalate. Set a resolution target, or have the ladder follow the first response.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="218" />
      <source>The escalation ladder of {subject} names where to re-assign late tickets, but a step's ladder always sends them to the step's escalation target: remove the re-assignment from the ladder.</source>
      <translation>The escalation ladder of {subject} names where to re-assign late tickets, but a step's ladder always sends them to the step's escalation target: remove the re-assignment from the ladder.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="202" />
      <source>The escalation ladder of {subject} raises {field} to {value}, which is not one of its values: choose one of {allowed}.</source>
      <translation>The escalation ladder of {subject} raises {field} to {value}, which is not one of its values: choose one of {allowed}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="186" />
      <source>The escalation ladder of {subject} re-assigns late tickets both to a pool and to a step: choose one of them.</source>
      <translation>The escalation ladder of {subject} re-assigns late tickets both to a pool and to a step: choose one of them.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="194" />
      <source>The escalation ladder of {subject} re-assigns late tickets to a step that no longer exists: choose another step in Edit › Blueprint settings › SLA policies.</source>
      <translation>The escalation ladder of {subject} re-assigns late tickets to a step that no longer exists: choose another step in Edit › Blueprint settings › SLA policies.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="190" />
      <source>The escalation ladder of {subject} re-assigns late tickets to an agent pool that no longer exists: choose another pool in Edit › Blueprint settings › SLA policies.</source>
      <translation>The escalation ladder of {subject} re-assigns late tickets to an agent pool that no longer exists: choose another pool in Edit › Blueprint settings › SLA policies.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="198" />
      <source>The escalation ladder of {subject} re-assigns late tickets to {target}, which is not a step: choose a step done by agents.</source>
      <translation>The escalation ladder of {subject} re-assigns late tickets to {target}, which is not a step: choose a step done by agents.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="182" />
      <source>The escalation ladder of {subject} warns at {percent} % of the target: choose a warning from 1 to 99 % of the target, or no warning.</source>
      <translation>The escalation ladder of {subject} warns at {percent} % of the target: choose a warning from 1 to 99 % of the target, or no warning.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="178" />
      <source>The expected path of {subject} does not follow the links from an intake: walk the card again in the training workspace and save the path walked, or forget its expected path.</source>
      <translation>The expected path of {subject} does not follow the links from an intake: walk the card again in the training workspace and save the path walked, or forget its expected path.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="392" />
      <source>The file gave {subject} no branch probabilities (BPSim) for {count} branches: they were given equal shares; set the real shares in the properties panel.</source>
      <translation>The file gave {subject} no branch probabilities (BPSim) for {count} branches: they were given equal shares; set the real shares in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="355" />
      <source>The file gave {subject} no branch probability (BPSim) for {count} branch: it was given an equal share; set the real shares in the properties panel.</source>
      <translation>The file gave {subject} no branch probability (BPSim) for {count} branch: it was given an equal share; set the real shares in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="16" />
      <source>The flow has no end: tickets can never be closed. Add an end and connect the last steps to it.</source>
      <translation>The flow has no end: tickets can never be closed. Add an end and connect the last steps to it.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="12" />
      <source>The flow has no intake: tickets cannot arrive anywhere. Add an intake (e-mail, phone, chat or portal) from the palette.</source>
      <translation>The flow has no intake: tickets cannot arrive anywhere. Add an intake (e-mail, phone, chat or portal) from the palette.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="226" />
      <source>The follow-ups of {subject} come through an intake that no longer exists: choose another channel in its follow-up contacts.</source>
      <translation>The follow-ups of {subject} come through an intake that no longer exists: choose another channel in its follow-up contacts.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="230" />
      <source>The follow-ups of {subject} come through {target}, which is not an intake: choose an intake as their channel.</source>
      <translation>The follow-ups of {subject} come through {target}, which is not an intake: choose an intake as their channel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="319" />
      <source>The group {name} was left out: a blueprint has no groups; use lanes or stages to gather steps.</source>
      <translation>The group {name} was left out: a blueprint has no groups; use lanes or stages to gather steps.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="146" />
      <source>The lane order breaks the lines of interaction, visibility and internal interaction: {subject} ({above}) sits above {second} ({below}). Drag the lanes into the order customer, frontstage, backstage, support.</source>
      <translation>The lane order breaks the lines of interaction, visibility and internal interaction: {subject} ({above}) sits above {second} ({below}). Drag the lanes into the order customer, frontstage, backstage, support.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="363" />
      <source>The message {name} between {subject} and {second} crosses from one pool to another: tickets do not follow messages, so it was left out of the flow. Draw a link if tickets go that way.</source>
      <translation>The message {name} between {subject} and {second} crosses from one pool to another: tickets do not follow messages, so it was left out of the flow. Draw a link if tickets go that way.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="79" />
      <source>The {slot} of {subject} cannot be read at character {column}: {detail}. Correct it in the properties panel.</source>
      <translation>The {slot} of {subject} cannot be read at character {column}: {detail}. Correct it in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="91" />
      <source>The {slot} of {subject} compares values of different kinds or is not a yes/no test (character {column}): compare a field with one of its own values.</source>
      <translation>The {slot} of {subject} compares values of different kinds or is not a yes/no test (character {column}): compare a field with one of its own values.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="87" />
      <source>The {slot} of {subject} uses the value {value}, which {field} does not allow: choose one of {allowed}.</source>
      <translation>The {slot} of {subject} uses the value {value}, which {field} does not allow: choose one of {allowed}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="83" />
      <source>The {slot} of {subject} uses {field}, which is not a ticket field: choose one of the ticket fields, or add it in Edit › Blueprint settings › Ticket fields.</source>
      <translation>The {slot} of {subject} uses {field}, which is not a ticket field: choose one of the ticket fields, or add it in Edit › Blueprint settings › Ticket fields.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="266" />
      <source>Tickets that enter the loop {nodes} can never leave it: the branch probabilities, or the survey's answer, never lead to a way out. Give one of its branches a way out.</source>
      <translation>Tickets that enter the loop {nodes} can never leave it: the branch probabilities, or the survey's answer, never lead to a way out. Give one of its branches a way out.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="278" />
      <source>Too long for {subject} ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.</source>
      <translation>Too long for {subject} ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="274" />
      <source>Too many arrivals at {subject} ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most). Lower its arrival rate.</source>
      <translation>Too many arrivals at {subject} ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most). Lower its arrival rate.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="415" />
      <source>Weibull</source>
      <translation>Weibull</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="462" />
      <source>a closing parenthesis is missing there</source>
      <translation>a closing parenthesis is missing there</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="490" />
      <source>a missing node</source>
      <translation>a missing node</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="449" />
      <source>a quote is not closed</source>
      <translation>a quote is not closed</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="460" />
      <location filename="../../app/shell/diagnostic_texts.py" line="461" />
      <source>a value is missing there</source>
      <translation>a value is missing there</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="463" />
      <source>an opening parenthesis is missing there</source>
      <translation>an opening parenthesis is missing there</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="428" />
      <source>arrival rate</source>
      <translation>arrival rate</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="429" />
      <source>busiest hour of the weekly schedule</source>
      <translation>busiest hour of the weekly schedule</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="453" />
      <source>comparisons cannot be chained; join them with 'and'</source>
      <translation>comparisons cannot be chained; join them with 'and'</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="439" />
      <source>condition</source>
      <translation>condition</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="424" />
      <source>customer patience</source>
      <translation>customer patience</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="422" />
      <source>customer response time</source>
      <translation>customer response time</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="425" />
      <source>distribution of this field</source>
      <translation>distribution of this field</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="420" />
      <source>duration</source>
      <translation>duration</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="421" />
      <source>duration of a rule</source>
      <translation>duration of a rule</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="494" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="452" />
      <source>expected {expected}</source>
      <translation>expected {expected}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="413" />
      <source>gamma</source>
      <translation>gamma</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="440" />
      <source>guard</source>
      <translation>guard</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="433" />
      <source>it does not exist</source>
      <translation>it does not exist</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="445" />
      <source>it is empty</source>
      <translation>it is empty</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="447" />
      <source>it is nested too deeply</source>
      <translation>it is nested too deeply</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="434" />
      <source>it is not a process node</source>
      <translation>it is not a process node</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="446" />
      <source>it is too long</source>
      <translation>it is too long</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="500" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="435" />
      <source>no end can be reached from it</source>
      <translation>no end can be reached from it</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="411" />
      <source>normal</source>
      <translation>normal</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="441" />
      <source>rule</source>
      <translation>rule</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="484" />
      <source>the SLA {name}</source>
      <translation>the SLA {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="485" />
      <source>the calendar {name}</source>
      <translation>the calendar {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="448" />
      <source>the character {character} is not allowed</source>
      <translation>the character {character} is not allowed</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="471" />
      <source>the decision {name}</source>
      <translation>the decision {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="475" />
      <source>the end {name}</source>
      <translation>the end {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="476" />
      <source>the evidence {name}</source>
      <translation>the evidence {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="469" />
      <source>the intake {name}</source>
      <translation>the intake {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="480" />
      <source>the lane {name}</source>
      <translation>the lane {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="478" />
      <source>the link from {source} to {target}</source>
      <translation>the link from {source} to {target}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="479" />
      <source>the link {name} from {source} to {target}</source>
      <translation>the link {name} from {source} to {target}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="477" />
      <source>the note {name}</source>
      <translation>the note {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="482" />
      <source>the pool of the lane {lane}</source>
      <translation>the pool of the lane {lane}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="481" />
      <source>the pool {name}</source>
      <translation>the pool {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="474" />
      <source>the roadmap {name}</source>
      <translation>the roadmap {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="473" />
      <source>the satisfaction survey {name}</source>
      <translation>the satisfaction survey {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="483" />
      <source>the scenario {name}</source>
      <translation>the scenario {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="470" />
      <source>the step {name}</source>
      <translation>the step {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="486" />
      <source>the ticket card {name}</source>
      <translation>the ticket card {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="472" />
      <source>the wait {name}</source>
      <translation>the wait {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="491" />
      <source>this element</source>
      <translation>this element</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="450" />
      <source>this value is too long</source>
      <translation>this value is too long</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="423" />
      <source>time between arrivals</source>
      <translation>time between arrivals</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="426" />
      <source>time limit</source>
      <translation>time limit</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="427" />
      <source>timeout</source>
      <translation>timeout</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="412" />
      <source>truncated normal</source>
      <translation>truncated normal</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="495" />
      <source>warning</source>
      <translation>warning</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="499" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="295" />
      <source>{count} step had no processing time in the file (BPSim): {subjects}. It takes 10 minutes on average for now; set its duration in the properties panel.</source>
      <translation>{count} step had no processing time in the file (BPSim): {subjects}. It takes 10 minutes on average for now; set its duration in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="378" />
      <source>{count} steps had no processing time in the file (BPSim): {subjects}. Each takes 10 minutes on average for now; set their durations in the properties panel.</source>
      <translation>{count} steps had no processing time in the file (BPSim): {subjects}. Each takes 10 minutes on average for now; set their durations in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="501" />
      <source>{field} {value}</source>
      <translation>{field} {value}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="489" />
      <source>{number} (untitled)</source>
      <translation>{number} (untitled)</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="270" />
      <source>{pool} has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.</source>
      <translation>{pool} has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="110" />
      <source>{pool} has no agents at any time, but tickets reach {second}, a step it serves: give the pool agents, or a shift with agents on duty.</source>
      <translation>{pool} has no agents at any time, but tickets reach {second}, a step it serves: give the pool agents, or a shift with agents on duty.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="504" />
      <source>{severity}: {message}</source>
      <translation>{severity}: {message}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="335" />
      <source>{subject} could send a ticket down several paths at once (inclusive gateway): a ticket now takes one path only, the first whose condition holds or by its share.</source>
      <translation>{subject} could send a ticket down several paths at once (inclusive gateway): a ticket now takes one path only, the first whose condition holds or by its share.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="154" />
      <source>{subject} counts business hours, but has no calendar: choose the calendar whose opening hours it counts, or count every hour.</source>
      <translation>{subject} counts business hours, but has no calendar: choose the calendar whose opening hours it counts, or count every hour.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="170" />
      <source>{subject} counts the business hours of {second}, which has no opening hours, so its clock would never run: give the calendar opening hours, or choose another one.</source>
      <translation>{subject} counts the business hours of {second}, which has no opening hours, so its clock would never run: give the calendar opening hours, or choose another one.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="158" />
      <source>{subject} counts the hours of a calendar that no longer exists: choose another calendar, or count every hour.</source>
      <translation>{subject} counts the hours of a calendar that no longer exists: choose another calendar, or count every hour.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="40" />
      <source>{subject} gives every value of {field} a share of 0 %, so none of its tickets could arrive: give one value a share, or remove this intake's own shares.</source>
      <translation>{subject} gives every value of {field} a share of 0 %, so none of its tickets could arrive: give one value a share, or remove this intake's own shares.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="36" />
      <source>{subject} gives its own shares of {field}, which is not a list of values: only a list of values has shares; remove them here.</source>
      <translation>{subject} gives its own shares of {field}, which is not a list of values: only a list of values has shares; remove them here.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="44" />
      <source>{subject} gives {field} the value {value}, which it does not allow: choose one of {allowed}.</source>
      <translation>{subject} gives {field} the value {value}, which it does not allow: choose one of {allowed}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="150" />
      <source>{subject} goes straight from the customer to a support process, skipping the front stage: route it through a frontstage step.</source>
      <translation>{subject} goes straight from the customer to a support process, skipping the front stage: route it through a frontstage step.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="327" />
      <source>{subject} had a boundary event {name} (an error, a message or a signal) that a blueprint cannot hold: the path it starts is no longer connected to the step; link it from a decision after the step if tickets take it.</source>
      <translation>{subject} had a boundary event {name} (an error, a message or a signal) that a blueprint cannot hold: the path it starts is no longer connected to the step; link it from a decision after the step if tickets take it.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="331" />
      <source>{subject} had a boundary timer whose duration or next step could not be read: no time limit was set; give it one in the properties panel.</source>
      <translation>{subject} had a boundary timer whose duration or next step could not be read: no time limit was set; give it one in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="367" />
      <source>{subject} had no number of agents in the file (BPSim): it was given 1 agent; set the real number in the properties panel.</source>
      <translation>{subject} had no number of agents in the file (BPSim): it was given 1 agent; set the real number in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="299" />
      <source>{subject} had no time between arrivals in the file (BPSim): an arrival rate of {rate} per hour is assumed; set its arrival rate in the properties panel.</source>
      <translation>{subject} had no time between arrivals in the file (BPSim): an arrival rate of {rate} per hour is assumed; set its arrival rate in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="238" />
      <source>{subject} has a merge rule, but no intake makes follow-up contacts: there is nothing to merge. Give an intake follow-up contacts, or remove the merge rule.</source>
      <translation>{subject} has a merge rule, but no intake makes follow-up contacts: there is nothing to merge. Give an intake follow-up contacts, or remove the merge rule.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="114" />
      <source>{subject} has a time limit but no escalation target: choose where late tickets go (“Escalate to”), or remove the time limit.</source>
      <translation>{subject} has a time limit but no escalation target: choose where late tickets go (“Escalate to”), or remove the time limit.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="122" />
      <source>{subject} has a timeout but no node to go to when it runs out: choose one (“After the timeout, go to”), or remove the timeout.</source>
      <translation>{subject} has a timeout but no node to go to when it runs out: choose one (“After the timeout, go to”), or remove the timeout.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="174" />
      <source>{subject} has an arrival rate of zero, so no ticket will arrive there: give it an arrival rate or weekly arrival rates.</source>
      <translation>{subject} has an arrival rate of zero, so no ticket will arrive there: give it an arrival rate or weekly arrival rates.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="214" />
      <source>{subject} has an escalation ladder but no time limit: nothing will escalate. Give the step a time limit, or remove its ladder.</source>
      <translation>{subject} has an escalation ladder but no time limit: nothing will escalate. Give the step a time limit, or remove its ladder.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="95" />
      <source>{subject} has no agent pool: give it one, or put it in a lane that has one.</source>
      <translation>{subject} has no agent pool: give it one, or put it in a lane that has one.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="59" />
      <source>{subject} has no default branch, and a ticket with {example} matches none of its conditions: add a branch for it, or make one branch the default (“otherwise”).</source>
      <translation>{subject} has no default branch, and a ticket with {example} matches none of its conditions: add a branch for it, or make one branch the default (“otherwise”).</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="63" />
      <source>{subject} has no default branch: whether every ticket finds a way out depends on {field}. Make one branch the default (“otherwise”) to be sure.</source>
      <translation>{subject} has no default branch: whether every ticket finds a way out depends on {field}. Make one branch the default (“otherwise”) to be sure.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="52" />
      <source>{subject} has no way out: connect it to a next step or an end.</source>
      <translation>{subject} has no way out: connect it to a next step or an end.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="130" />
      <source>{subject} has outgoing links, which are never taken: delete them, or start them from a step.</source>
      <translation>{subject} has outgoing links, which are never taken: delete them, or start them from a step.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="166" />
      <source>{subject} has public holidays, but no scenario has calendar dates, so no holiday counts in a run: give a scenario calendar dates (“From the week of”) in the Scenarios panel.</source>
      <translation>{subject} has public holidays, but no scenario has calendar dates, so no holiday counts in a run: give a scenario calendar dates (“From the week of”) in the Scenarios panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="222" />
      <source>{subject} holds calibrated values for elements deleted since its calibration ({intakes}, {steps}, {branches}, {fields}): they are ignored. Calibrate the scenario again from the ticket export.</source>
      <translation>{subject} holds calibrated values for elements deleted since its calibration ({intakes}, {steps}, {branches}, {fields}): they are ignored. Calibrate the scenario again from the ticket export.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="134" />
      <source>{subject} is a ticket flow, but a flow cannot go to or from physical evidence or a note; use an association.</source>
      <translation>{subject} is a ticket flow, but a flow cannot go to or from physical evidence or a note; use an association.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="142" />
      <source>{subject} is an association between two annotations; tie evidence or notes to a process node.</source>
      <translation>{subject} is an association between two annotations; tie evidence or notes to a process node.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="138" />
      <source>{subject} is an association between two process nodes; use a flow, or tie evidence or a note instead.</source>
      <translation>{subject} is an association between two process nodes; use a flow, or tie evidence or a note instead.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="20" />
      <source>{subject} is connected to a node that no longer exists: connect it to another node, or delete it.</source>
      <translation>{subject} is connected to a node that no longer exists: connect it to another node, or delete it.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="106" />
      <source>{subject} is done by the customer but sits in {second}: move it to the customer's lane, or set “Done by” to an agent or the system.</source>
      <translation>{subject} is done by the customer but sits in {second}: move it to the customer's lane, or set “Done by” to an agent or the system.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="98" />
      <source>{subject} is done by the system or the customer, so no agent of {pool} works on it: remove the pool, or set “Done by” to an agent.</source>
      <translation>{subject} is done by the system or the customer, so no agent of {pool} works on it: remove the pool, or set “Done by” to an agent.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="102" />
      <source>{subject} is done by the system or the customer: no ticket ever queues there, so its time limit never escalates a ticket. Remove the time limit, or set “Done by” to an agent.</source>
      <translation>{subject} is done by the system or the customer: no ticket ever queues there, so its time limit never escalates a ticket. Remove the time limit, or set “Done by” to an agent.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="234" />
      <source>{subject} makes follow-up contacts, but no step has a merge rule: every follow-up becomes a duplicate ticket. Give the triage step a merge rule.</source>
      <translation>{subject} makes follow-up contacts, but no step has a merge rule: every follow-up becomes a duplicate ticket. Give the triage step a merge rule.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="32" />
      <source>{subject} names a ticket field that does not exist ({field}): add it in Edit › Blueprint settings › Ticket fields, or remove it here.</source>
      <translation>{subject} names a ticket field that does not exist ({field}): add it in Edit › Blueprint settings › Ticket fields, or remove it here.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="28" />
      <source>{subject} names an agent pool that no longer exists: choose another pool in the properties panel.</source>
      <translation>{subject} names an agent pool that no longer exists: choose another pool in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="254" />
      <source>{subject} requires the skill “{skill}”, but {pool} does not assign tickets by skills: any agent takes them. Choose the rule “Skills first” for the pool, or remove the required skill.</source>
      <translation>{subject} requires the skill “{skill}”, but {pool} does not assign tickets by skills: any agent takes them. Choose the rule “Skills first” for the pool, or remove the required skill.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="262" />
      <source>{subject} requires the skill “{skill}”, which no named agent of {pool} has, and the pool has no skill fallback: its tickets would wait for ever. Give an agent the skill, or a fallback time to the pool.</source>
      <translation>{subject} requires the skill “{skill}”, which no named agent of {pool} has, and the pool has no skill fallback: its tickets would wait for ever. Give an agent the skill, or a fallback time to the pool.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="258" />
      <source>{subject} requires the skill “{skill}”, which no named agent of {pool} has: every ticket waits until the skill fallback, then any agent takes it. Give an agent the skill in the Pools tab.</source>
      <translation>{subject} requires the skill “{skill}”, which no named agent of {pool} has: every ticket waits until the skill fallback, then any agent takes it. Give an agent the skill in the Pools tab.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="118" />
      <source>{subject} sends tickets on to {target}, which cannot take them ({reason}): choose another node to send them to.</source>
      <translation>{subject} sends tickets on to {target}, which cannot take them ({reason}): choose another node to send them to.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="343" />
      <source>{subject} sent each ticket down its {count} paths at once (a parallel split), which a ticket cannot do: each ticket now takes one of them. Check the shares of its branches.</source>
      <translation>{subject} sent each ticket down its {count} paths at once (a parallel split), which a ticket cannot do: each ticket now takes one of them. Check the shares of its branches.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="162" />
      <source>{subject} sets a first-response target, but no step counts as the first response, so the first response is only taken when the ticket ends: tick “Counts as first response” on the step that first answers the customer.</source>
      <translation>{subject} sets a first-response target, but no step counts as the first response, so the first response is only taken when the ticket ends: tick “Counts as first response” on the step that first answers the customer.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="24" />
      <source>{subject} sits in a lane that no longer exists: choose its lane in the properties panel.</source>
      <translation>{subject} sits in a lane that no longer exists: choose its lane in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="303" />
      <source>{subject} used a {distribution} distribution, which a blueprint does not have: it became a log-normal distribution with the same mean and spread.</source>
      <translation>{subject} used a {distribution} distribution, which a blueprint does not have: it became a log-normal distribution with the same mean and spread.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="347" />
      <source>{subject} waited for the first of several events (event-based gateway): it became a decision whose branches have shares.</source>
      <translation>{subject} waited for the first of several events (event-based gateway): it became a decision whose branches have shares.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="307" />
      <source>{subject} was a sub-process of {count} element: it became one step. Draw its inner steps in the blueprint if tickets must go through them one by one.</source>
      <translation>{subject} was a sub-process of {count} element: it became one step. Draw its inner steps in the blueprint if tickets must go through them one by one.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="385" />
      <source>{subject} was a sub-process of {count} elements: it became one step. Draw its inner steps in the blueprint if tickets must go through them one by one.</source>
      <translation>{subject} was a sub-process of {count} elements: it became one step. Draw its inner steps in the blueprint if tickets must go through them one by one.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="311" />
      <source>{subject} was a timer that holds the ticket: it became a step done by the system that lasts {minutes} min.</source>
      <translation>{subject} was a timer that holds the ticket: it became a step done by the system that lasts {minutes} min.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="315" />
      <source>{subject} was an event a blueprint has no equal for (a signal, a link, an escalation or a message sent): it became a step done by the system that takes no time.</source>
      <translation>{subject} was an event a blueprint has no equal for (a signal, a link, an escalation or a message sent): it became a step done by the system that takes no time.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="291" />
      <source>{subject} was given the kind “{kind}” from its name: if that is wrong, choose its kind in the properties panel.</source>
      <translation>{subject} was given the kind “{kind}” from its name: if that is wrong, choose its kind in the properties panel.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="351" />
      <source>{subject} was the customer's reply awaited against a timer (event-based gateway): the two became this one wait, which gives up after {minutes} min and goes where the timer went.</source>
      <translation>{subject} was the customer's reply awaited against a timer (event-based gateway): the two became this one wait, which gives up after {minutes} min and goes where the timer went.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="286" />
      <source>{subject} would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.</source>
      <translation>{subject} would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="465" />
      <source>“{expected}” is missing there</source>
      <translation>“{expected}” is missing there</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="488" />
      <source>“{title}”</source>
      <translation>“{title}”</translation>
    </message>
  </context>
  <context>
    <name>DiagnosticsPanel</name>
    <message>
      <location filename="../../canvas/diagnostics.py" line="137" />
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
  </context>
  <context>
    <name>DocumentSettings</name>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="105" />
      <source>&amp;Author:</source>
      <translation>&amp;Author:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="103" />
      <source>&amp;Currency:</source>
      <translation>&amp;Currency:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="101" />
      <source>&amp;Description:</source>
      <translation>&amp;Description:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="102" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="106" />
      <source>&amp;Revision:</source>
      <translation>&amp;Revision:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="99" />
      <source>&amp;Title:</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="30" />
      <source>Australian dollar</source>
      <translation>Australian dollar</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="37" />
      <source>CFA franc (West Africa)</source>
      <translation>CFA franc (West Africa)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="29" />
      <source>Canadian dollar</source>
      <translation>Canadian dollar</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="153" />
      <source>Change currency</source>
      <translation>Change currency</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="138" />
      <source>Change document settings</source>
      <translation>Change document settings</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="39" />
      <source>Chinese yuan</source>
      <translation>Chinese yuan</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="34" />
      <source>Danish krone</source>
      <translation>Danish krone</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="125" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="21" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="25" />
      <source>Euro</source>
      <translation>Euro</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="20" />
      <source>French</source>
      <translation>French</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="38" />
      <source>Indian rupee</source>
      <translation>Indian rupee</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="31" />
      <source>Japanese yen</source>
      <translation>Japanese yen</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="36" />
      <source>Moroccan dirham</source>
      <translation>Moroccan dirham</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="33" />
      <source>Norwegian krone</source>
      <translation>Norwegian krone</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="35" />
      <source>Polish złoty</source>
      <translation>Polish złoty</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="26" />
      <source>Pound sterling</source>
      <translation>Pound sterling</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="32" />
      <source>Swedish krona</source>
      <translation>Swedish krona</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="28" />
      <source>Swiss franc</source>
      <translation>Swiss franc</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="67" />
      <source>The blueprint's name, shown in the tab, on the PDF and in reports</source>
      <translation>The blueprint's name, shown in the tab, on the PDF and in reports</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="93" />
      <source>The blueprint's version, such as 1.2 or 2026-03</source>
      <translation>The blueprint's version, such as 1.2 or 2026-03</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="86" />
      <source>The currency of every cost (agents' cost per hour): pick one or type its ISO 4217 code, such as EUR</source>
      <translation>The currency of every cost (agents' cost per hour): pick one or type its ISO 4217 code, such as EUR</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="76" />
      <source>The language of the blueprint's texts: field and value labels are shown in it</source>
      <translation>The language of the blueprint's texts: field and value labels are shown in it</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="160" />
      <source>Type a currency's three-letter ISO 4217 code, such as EUR, or pick one in the list</source>
      <translation>Type a currency's three-letter ISO 4217 code, such as EUR, or pick one in the list</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="27" />
      <source>US dollar</source>
      <translation>US dollar</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="72" />
      <source>What the blueprint describes; printed under the title of the PDF</source>
      <translation>What the blueprint describes; printed under the title of the PDF</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="92" />
      <source>Who wrote or owns the blueprint</source>
      <translation>Who wrote or owns the blueprint</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="50" />
      <source>{name} ({code})</source>
      <translation>{name} ({code})</translation>
    </message>
  </context>
  <context>
    <name>DocumentTab</name>
    <message>
      <location filename="../../app/files/document_tab.py" line="63" />
      <source>Diagnostics</source>
      <translation>Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/files/document_tab.py" line="103" />
      <source>Untitled {n}</source>
      <translation>Untitled {n}</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../app/files/documents.py" line="198" />
      <source>Cannot Open the File</source>
      <translation>Cannot Open the File</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="231" />
      <source>Cannot Save</source>
      <translation>Cannot Save</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="112" />
      <location filename="../../app/files/documents.py" line="118" />
      <source>Problem found{where}: {reason}. The file itself is unchanged.</source>
      <translation>Problem found{where}: {reason}. The file itself is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="295" />
      <source>Reloaded “{name}” from disk.</source>
      <translation>Reloaded “{name}” from disk.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="247" />
      <source>Save Failed</source>
      <translation>Save Failed</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="258" />
      <source>Saved “{name}”.</source>
      <translation>Saved “{name}”.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="281" />
      <source>Split it into smaller blueprints before you close it, or it cannot be opened again.</source>
      <translation>Split it into smaller blueprints before you close it, or it cannot be opened again.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="102" />
      <source>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</source>
      <translation>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="271" />
      <source>Too Large to Open Again</source>
      <translation>Too Large to Open Again</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="92" />
      <source>{reason}. The file on disk is unchanged.</source>
      <translation>{reason}. The file on disk is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="107" />
      <source>“{name}” cannot be found.</source>
      <translation>“{name}” cannot be found.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="117" />
      <source>“{name}” cannot be opened: it is damaged or is not a blueprint.</source>
      <translation>“{name}” cannot be opened: it is damaged or is not a blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="111" />
      <source>“{name}” cannot be read.</source>
      <translation>“{name}” cannot be read.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="339" />
      <source>“{name}” is back on disk.</source>
      <translation>“{name}” is back on disk.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="232" />
      <source>“{name}” is open in another tab; close it first or choose another name.</source>
      <translation>“{name}” is open in another tab; close it first or choose another name.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="311" />
      <source>“{name}” was changed on disk by someone else. Saving will ask what to do.</source>
      <translation>“{name}” was changed on disk by someone else. Saving will ask what to do.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="326" />
      <source>“{name}” was deleted or moved on disk. The document is still open here: save it to write the file again.</source>
      <translation>“{name}” was deleted or moved on disk. The document is still open here: save it to write the file again.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="100" />
      <source>“{name}” was made with a newer version of Blueprint Studio.</source>
      <translation>“{name}” was made with a newer version of Blueprint Studio.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="245" />
      <source>“{name}” was not saved. Your changes are still open here.</source>
      <translation>“{name}” was not saved. Your changes are still open here.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="273" />
      <source>“{name}” was saved, but it has {count} elements in “{collection}”, more than the {limit} Blueprint Studio opens.</source>
      <translation>“{name}” was saved, but it has {count} elements in “{collection}”, more than the {limit} Blueprint Studio opens.</translation>
    </message>
  </context>
  <context>
    <name>ExportCommand</name>
    <message>
      <location filename="../../app/cli/export.py" line="35" />
      <source>At {asked_percent} the drawing's smallest text would print at {asked_points} pt: the poster is printed at {percent}, where it prints at {points} pt.</source>
      <translation>At {asked_percent} the drawing's smallest text would print at {asked_points} pt: the poster is printed at {percent}, where it prints at {points} pt.</translation>
    </message>
    <message>
      <location filename="../../app/cli/export.py" line="29" />
      <source>Fitted on one {page} sheet, the drawing's smallest text would print at {asked_points} pt: it is printed as a poster over {count} {page} sheets at {percent}, where it prints at {points} pt.</source>
      <translation>Fitted on one {page} sheet, the drawing's smallest text would print at {asked_points} pt: it is printed as a poster over {count} {page} sheets at {percent}, where it prints at {points} pt.</translation>
    </message>
    <message>
      <location filename="../../app/cli/export.py" line="24" />
      <source>The drawing is fitted on {page} so that its smallest text prints at {points} pt (on {asked} it would print at {asked_points} pt).</source>
      <translation>The drawing is fitted on {page} so that its smallest text prints at {points} pt (on {asked} it would print at {asked_points} pt).</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/files/export_dialog.py" line="494" />
      <source>A {width} × {height} pixel image is too large: choose a lower resolution.</source>
      <translation>A {width} × {height} pixel image is too large: choose a lower resolution.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="112" />
      <source>Add the simulation report</source>
      <translation>Add the simulation report</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="116" />
      <source>Add the training handout</source>
      <translation>Add the training handout</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="90" />
      <source>Automatic</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="548" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="208" />
      <source>Choose at least one part: the blueprint, the simulation report or the training handout.</source>
      <translation>Choose at least one part: the blueprint, the simulation report or the training handout.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="462" />
      <location filename="../../app/files/export_dialog.py" line="465" />
      <source>Drawing the image…</source>
      <translation>Drawing the image…</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="64" />
      <location filename="../../app/files/export_dialog.py" line="394" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="535" />
      <source>Export cancelled: no file was written.</source>
      <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="529" />
      <source>Export failed</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="522" />
      <source>Exported to {path}</source>
      <translation>Exported to {path}</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="95" />
      <source>Fit on one page</source>
      <translation>Fit on one page</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="341" />
      <source>Fit on one {page} sheet (smallest text {points} pt)</source>
      <translation>Fit on one {page} sheet (smallest text {points} pt)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="331" />
      <source>Fitted on one {page} sheet, the smallest text would print at {points} pt: too small to read (6 pt at least). Choose a larger sheet or a poster; saved as it is, the drawing prints as the poster.</source>
      <translation>Fitted on one {page} sheet, the smallest text would print at {points} pt: too small to read (6 pt at least). Choose a larger sheet or a poster; saved as it is, the drawing prints as the poster.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="142" />
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="92" />
      <source>Landscape</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="118" />
      <source>Language of the document</source>
      <translation>Language of the document</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="153" />
      <source>Language:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="144" />
      <source>Orientation:</source>
      <translation>Orientation:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="81" />
      <source>PDF document</source>
      <translation>PDF document</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="388" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="83" />
      <source>PNG image</source>
      <translation>PNG image</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="390" />
      <source>PNG images (*.png)</source>
      <translation>PNG images (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="143" />
      <source>Paper:</source>
      <translation>Paper:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="91" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="323" />
      <source>Poster of {columns} × {rows} sheets.</source>
      <translation>Poster of {columns} × {rows} sheets.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="96" />
      <source>Poster over several pages</source>
      <translation>Poster over several pages</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="348" />
      <source>Poster over {count} {page} sheets (smallest text {points} pt)</source>
      <translation>Poster over {count} {page} sheets (smallest text {points} pt)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="320" />
      <source>Printed at {percent} % of full size: the smallest text prints at {points} pt.</source>
      <translation>Printed at {percent} % of full size: the smallest text prints at {points} pt.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="154" />
      <source>Resolution:</source>
      <translation>Resolution:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="219" />
      <source>Routing the links around the steps… the preview follows.</source>
      <translation>Routing the links around the steps… the preview follows.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="82" />
      <source>SVG drawing</source>
      <translation>SVG drawing</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="389" />
      <source>SVG drawings (*.svg)</source>
      <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="107" />
      <source>Size of the poster against the drawing (100 % = as on screen at 100 %). Below {percent} % its smallest text would print under 6 pt, too small to read.</source>
      <translation>Size of the poster against the drawing (100 % = as on screen at 100 %). Below {percent} % its smallest text would print under 6 pt, too small to read.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="111" />
      <source>The blueprint</source>
      <translation>The blueprint</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="497" />
      <source>The folder {folder} does not exist.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="507" />
      <source>The resolution must be between 24 and 1200 dpi.</source>
      <translation>The resolution must be between 24 and 1200 dpi.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="500" />
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>You are not allowed to write in the folder {folder}: choose another folder.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="503" />
      <source>{name} could not be written: the disk refused the data (is it full?).</source>
      <translation>{name} could not be written: the disk refused the data (is it full?).</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="511" />
      <source>{name} could not be written: {reason}</source>
      <translation>{name} could not be written: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ExportErrors</name>
    <message>
      <location filename="../../export/pdfdoc.py" line="56" />
      <source>the overlap of the poster's sheets must be between {low} and {high} mm, not {overlap} mm</source>
      <translation>the overlap of the poster's sheets must be between {low} and {high} mm, not {overlap} mm</translation>
    </message>
    <message>
      <location filename="../../export/pdfdoc.py" line="53" />
      <source>the poster scale must be between {low} and {high}, not {scale}</source>
      <translation>the poster scale must be between {low} and {high}, not {scale}</translation>
    </message>
    <message>
      <location filename="../../export/pdfdoc.py" line="50" />
      <source>there is no orientation “{orientation}” (choose {orientations})</source>
      <translation>there is no orientation “{orientation}” (choose {orientations})</translation>
    </message>
    <message>
      <location filename="../../export/pdfdoc.py" line="49" />
      <source>there is no paper size “{page}” (choose {pages})</source>
      <translation>there is no paper size “{page}” (choose {pages})</translation>
    </message>
    <message>
      <location filename="../../export/pdfdoc.py" line="60" />
      <source>there is nothing to export; choose the blueprint, the simulation report or the training handout</source>
      <translation>there is nothing to export; choose the blueprint, the simulation report or the training handout</translation>
    </message>
  </context>
  <context>
    <name>FieldSettings</name>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="158" />
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="239" />
      <source>&amp;Name in conditions:</source>
      <translation>&amp;Name in conditions:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="243" />
      <source>&amp;Type:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/field_default.py" line="36" />
      <location filename="../../canvas/settings/field_default.py" line="55" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="751" />
      <source>A choice field keeps at least one value</source>
      <translation>A choice field keeps at least one value</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="74" />
      <source>A value cannot be empty</source>
      <translation>A value cannot be empty</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="314" />
      <source>Add &amp;value</source>
      <translation>Add &amp;value</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="158" />
      <source>Add a ticket field</source>
      <translation>Add a ticket field</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="314" />
      <source>Add a value to the list</source>
      <translation>Add a value to the list</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="463" />
      <source>Add ticket field</source>
      <translation>Add ticket field</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="736" />
      <source>Add value</source>
      <translation>Add value</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="69" />
      <source>Another field is already named “{name}”</source>
      <translation>Another field is already named “{name}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="98" />
      <source>At arrival (%)</source>
      <translation>At arrival (%)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="708" />
      <source>At least one value needs a share above 0 %</source>
      <translation>At least one value needs a share above 0 %</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="615" />
      <source>Change default</source>
      <translation>Change default</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="538" />
      <source>Change field name</source>
      <translation>Change field name</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="606" />
      <source>Change field type</source>
      <translation>Change field type</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="713" />
      <source>Change share at arrival</source>
      <translation>Change share at arrival</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="625" />
      <source>Change share of “yes”</source>
      <translation>Change share of “yes”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="644" />
      <source>Change value at arrival</source>
      <translation>Change value at arrival</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="692" />
      <source>Change value label</source>
      <translation>Change value label</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="58" />
      <source>Choice</source>
      <translation>Choice</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="261" />
      <source>Default on a new ticket card:</source>
      <translation>Default on a new ticket card:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="237" />
      <source>Display name (&amp;English):</source>
      <translation>Display name (&amp;English):</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="236" />
      <source>Display name (&amp;French):</source>
      <translation>Display name (&amp;French):</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="298" />
      <source>Each value: the name conditions use, its French and English labels, and the share of tickets arriving with it, in % (shares are scaled to add up to 100 %)</source>
      <translation>Each value: the name conditions use, its French and English labels, and the share of tickets arriving with it, in % (shares are scaled to add up to 100 %)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="97" />
      <source>English label</source>
      <translation>English label</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="96" />
      <source>French label</source>
      <translation>French label</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="256" />
      <source>How the number is drawn when a ticket arrives (none: 0)</source>
      <translation>How the number is drawn when a ticket arrives (none: 0)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="166" />
      <source>Move the field down (Alt+Down)</source>
      <translation>Move the field down (Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="163" />
      <source>Move the field up (Alt+Up)</source>
      <translation>Move the field up (Alt+Up)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="326" />
      <source>Move the value down (Alt+Down)</source>
      <translation>Move the value down (Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="323" />
      <source>Move the value up (Alt+Up)</source>
      <translation>Move the value up (Alt+Up)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="495" />
      <source>Move ticket field</source>
      <translation>Move ticket field</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="788" />
      <source>Move value</source>
      <translation>Move value</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="220" />
      <source>Name the field after its display name</source>
      <translation>Name the field after its display name</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="363" />
      <source>Named “{name}” in conditions</source>
      <translation>Named “{name}” in conditions</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="461" />
      <location filename="../../canvas/settings/fields_tab.py" line="533" />
      <source>New field</source>
      <translation>New field</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="60" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="71" />
      <source>Only a choice field has values</source>
      <translation>Only a choice field has values</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="160" />
      <source>Re&amp;move</source>
      <translation>Re&amp;move</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="160" />
      <source>Remove the selected field (Delete)</source>
      <translation>Remove the selected field (Delete)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="319" />
      <source>Remove the selected value (Delete)</source>
      <translation>Remove the selected value (Delete)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="486" />
      <source>Remove ticket field</source>
      <translation>Remove ticket field</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="318" />
      <location filename="../../canvas/settings/fields_tab.py" line="772" />
      <source>Remove value</source>
      <translation>Remove value</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="81" />
      <source>SLA policy</source>
      <translation>SLA policy</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="253" />
      <source>Share of “yes” at arrival:</source>
      <translation>Share of “yes” at arrival:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="219" />
      <source>Suggest</source>
      <translation>Suggest</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="61" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="73" />
      <source>The field already has a value “{value}”</source>
      <translation>The field already has a value “{value}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="212" />
      <source>The field's name as English readers see it</source>
      <translation>The field's name as English readers see it</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="211" />
      <source>The field's name as French readers see it</source>
      <translation>The field's name as French readers see it</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="215" />
      <source>The name conditions use (letters, digits and _): renaming it rewrites every condition</source>
      <translation>The name conditions use (letters, digits and _): renaming it rewrites every condition</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="252" />
      <source>The share of tickets that arrive with “yes”, in %</source>
      <translation>The share of tickets that arrive with “yes”, in %</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="433" />
      <source>The shares add up to {total} %: they are scaled to 100 %.</source>
      <translation>The shares add up to {total} %: they are scaled to 100 %.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="148" />
      <source>The ticket fields that conditions, rules and ticket cards use</source>
      <translation>The ticket fields that conditions, rules and ticket cards use</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/field_default.py" line="31" />
      <source>The value a new ticket card starts with; none: the card leaves it empty</source>
      <translation>The value a new ticket card starts with; none: the card leaves it empty</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="70" />
      <source>There is no field named “{field}”</source>
      <translation>There is no field named “{field}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="72" />
      <source>There is no value “{value}”</source>
      <translation>There is no value “{value}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="196" />
      <source>Ticket fields</source>
      <translation>Ticket fields</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="95" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="257" />
      <source>Value at arrival:</source>
      <translation>Value at arrival:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="286" />
      <source>Values:</source>
      <translation>Values:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="228" />
      <source>What the field holds: one of a list of values, yes or no, a number or free text</source>
      <translation>What the field holds: one of a list of values, yes or no, a number or free text</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="638" />
      <source>Write the samples as numbers separated by commas</source>
      <translation>Write the samples as numbers separated by commas</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="702" />
      <source>Write the share as a number of % (0 or more), such as 25</source>
      <translation>Write the share as a number of % (0 or more), such as 25</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="59" />
      <source>Yes/no</source>
      <translation>Yes/no</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="84" />
      <source>action</source>
      <translation>action</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="87" />
      <source>default value</source>
      <translation>default value</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="80" />
      <source>duration rule</source>
      <translation>duration rule</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="92" />
      <source>escalation ladder</source>
      <translation>escalation ladder</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="85" />
      <source>intake</source>
      <translation>intake</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="86" />
      <source>intake's own shares</source>
      <translation>intake's own shares</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="78" />
      <source>link condition</source>
      <translation>link condition</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="79" />
      <source>link guard</source>
      <translation>link guard</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="89" />
      <source>link's fields to fill</source>
      <translation>link's fields to fill</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="88" />
      <source>mandatory field list</source>
      <translation>mandatory field list</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="90" />
      <source>pool priority</source>
      <translation>pool priority</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="82" />
      <source>scenario SLA policy</source>
      <translation>scenario SLA policy</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="83" />
      <source>survey condition</source>
      <translation>survey condition</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="91" />
      <source>ticket card</source>
      <translation>ticket card</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="521" />
      <location filename="../../canvas/settings/fields_tab.py" line="525" />
      <source>untitled</source>
      <translation>untitled</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="509" />
      <source>{count} × {what} ({names}{more})</source>
      <translation>{count} × {what} ({names}{more})</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="475" />
      <source>“{field}” is still used by {places}. Remove those uses first, then the field.</source>
      <translation>“{field}” is still used by {places}. Remove those uses first, then the field.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="64" />
      <source>“{name}” cannot name a field: use letters without accents, digits and _, starting with a letter</source>
      <translation>“{name}” cannot name a field: use letters without accents, digits and _, starting with a letter</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="68" />
      <source>“{name}” is a built-in field of every ticket</source>
      <translation>“{name}” is a built-in field of every ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="757" />
      <source>“{value}” is still used by {places}. Remove those uses first, then the value.</source>
      <translation>“{value}” is still used by {places}. Remove those uses first, then the value.</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/shell/help.py" line="458" />
      <source>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="197" />
      <source>A link can need an approval, as in Zoho Blueprint: select it and tick Needs approval in the Properties panel, then say who approves (a role), how long the answer takes and the share rejected. A ticket taking the link waits for the answer without holding an agent; approved, it goes on along the link and its actions run; rejected, it goes back to the step it comes from to be done again, or to the node you choose under Rejected tickets go to, and the link's actions do not run. A re-assignment to another pool (an action) can give its reason: the simulation counts the transfers per reason, and the approvals asked, granted and rejected with their mean time. In the walkthrough the link offers both answers, so the trainer can take either.</source>
      <translation>A link can need an approval, as in Zoho Blueprint: select it and tick Needs approval in the Properties panel, then say who approves (a role), how long the answer takes and the share rejected. A ticket taking the link waits for the answer without holding an agent; approved, it goes on along the link and its actions run; rejected, it goes back to the step it comes from to be done again, or to the node you choose under Rejected tickets go to, and the link's actions do not run. A re-assignment to another pool (an action) can give its reason: the simulation counts the transfers per reason, and the approvals asked, granted and rejected with their mean time. In the walkthrough the link offers both answers, so the trainer can take either.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="466" />
      <source>About Blueprint Studio</source>
      <translation>About Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="184" />
      <source>An SLA policy (in {settings}) and a step's time limit (in the Properties panel) can have an escalation ladder: a warning at a share of the target, then at the breach a role notified, the ticket's priority raised, and the ticket re-assigned to another pool or step. A ticket already with an agent stays with them, goes once the current piece of work is done, or is taken off at once. The simulation counts each ladder's warnings, breaches, notifications and re-assignments; in the walkthrough the SLA clock turns amber at the warning and red at the breach.</source>
      <translation>An SLA policy (in {settings}) and a step's time limit (in the Properties panel) can have an escalation ladder: a warning at a share of the target, then at the breach a role notified, the ticket's priority raised, and the ticket re-assigned to another pool or step. A ticket already with an agent stays with them, goes once the current piece of work is done, or is taken off at once. The simulation counts each ladder's warnings, breaches, notifications and re-assignments; in the walkthrough the SLA clock turns amber at the warning and red at the breach.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="195" />
      <source>Approvals and transfers</source>
      <translation>Approvals and transfers</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="403" />
      <source>Arrow keys nudge the selection (Shift: one grid step); Tab and Shift+Tab walk along the flow. {palette}, {properties} and {diagnostics} go to the panels; {canvas} comes back to the canvas.</source>
      <translation>Arrow keys nudge the selection (Shift: one grid step); Tab and Shift+Tab walk along the flow. {palette}, {properties} and {diagnostics} go to the panels; {canvas} comes back to the canvas.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="379" />
      <source>BPMN processes</source>
      <translation>BPMN processes</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="235" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="261" />
      <source>Choose a scenario in the Simulation panel (horizon, warm-up, arrivals, staffing, replications) and run it with {run}; {cancel} stops it. The Simulation results panel shows resolution times, SLA breaches, waits and utilisation with their confidence intervals, and the canvas colours each step by its queue wait.</source>
      <translation>Choose a scenario in the Simulation panel (horizon, warm-up, arrivals, staffing, replications) and run it with {run}; {cancel} stops it. The Simulation results panel shows resolution times, SLA breaches, waits and utilisation with their confidence intervals, and the canvas colours each step by its queue wait.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="271" />
      <source>Compare and replay</source>
      <translation>Compare and replay</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="414" />
      <source>Design a blueprint</source>
      <translation>Design a blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="154" />
      <source>Drag a node from the Palette onto the canvas, or pick its kind in the Insert menu: it is placed next to the selected node and linked to it. {connect} links the selection to a node chosen by name; you can also drag from the small circle on a node's side to another node. {lane} adds a swimlane: customer, frontstage, backstage and support lanes, in that order, give the lines of interaction, visibility and internal interaction. {rename} renames the selection; durations, pools, SLAs and branch conditions are edited in the Properties panel ({properties}).</source>
      <translation>Drag a node from the Palette onto the canvas, or pick its kind in the Insert menu: it is placed next to the selected node and linked to it. {connect} links the selection to a node chosen by name; you can also drag from the small circle on a node's side to another node. {lane} adds a swimlane: customer, frontstage, backstage and support lanes, in that order, give the lines of interaction, visibility and internal interaction. {rename} renames the selection; durations, pools, SLAs and branch conditions are edited in the Properties panel ({properties}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="152" />
      <source>Draw</source>
      <translation>Draw</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="182" />
      <source>Escalation ladders</source>
      <translation>Escalation ladders</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="424" />
      <source>Every shortcut</source>
      <translation>Every shortcut</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="417" />
      <source>Export and share</source>
      <translation>Export and share</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="169" />
      <source>Fields, pools, calendars and SLAs</source>
      <translation>Fields, pools, calendars and SLAs</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="286" />
      <source>Find the staffing</source>
      <translation>Find the staffing</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="310" />
      <source>Follow-ups and duplicates</source>
      <translation>Follow-ups and duplicates</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="441" />
      <source>Getting started</source>
      <translation>Getting started</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="445" />
      <source>Getting started guide</source>
      <translation>Getting started guide</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="424" />
      <source>Getting started with Blueprint Studio</source>
      <translation>Getting started with Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="356" />
      <source>Handout</source>
      <translation>Handout</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="302" />
      <source>In a step's properties, “Done by” says who does it: an agent of its pool, the system (automation: no queue, no agent, no cost) or the customer (self-service). When the blueprint has such steps, the results show the deflection rate.</source>
      <translation>In a step's properties, “Done by” says who does it: an agent of its pool, the system (automation: no queue, no agent, no cost) or the customer (self-service). When the blueprint has such steps, the results show the deflection rate.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="312" />
      <source>In an intake's properties, “Follow-up contacts” says how many customers write again while their ticket is open, when and through which channel; a step's “Merge rule” (usually triage) says how many follow-ups are recognised and merged into the open ticket, at the cost of a detection time. The others become duplicate tickets, worked, then merged. The results then show contacts per ticket, the duplicate tickets and the agent time spent on them.</source>
      <translation>In an intake's properties, “Follow-up contacts” says how many customers write again while their ticket is open, when and through which channel; a step's “Merge rule” (usually triage) says how many follow-ups are recognised and merged into the open ticket, at the cost of a detection time. The others become duplicate tickets, worked, then merged. The results then show contacts per ticket, the duplicate tickets and the agent time spent on them.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="212" />
      <source>In {settings}, the Pools tab lists a pool's Named agents: each with a name, skills separated by commas and a speed (2 takes half a step's time, 0.5 twice as long); the first ones listed are on shift when the shifts put fewer agents on duty. The pool's Assignment says which agent takes a ticket: “{next_free}”; “{fewest_owned}”, the one owning fewest open tickets (the workload is the tickets owned, not the time busy); “{skills_first}”, an agent with the skill the step needs (its Required skill in the Properties panel), then any agent of the pool once the ticket has waited the Skill fallback time; “{round_robin}”, each in turn. With “A ticket coming back goes to its owner” ticked, a re-opened ticket or a customer's reply goes back to the agent who first worked it while that agent is on shift; otherwise the rule applies. After a run, the Agents tab of the Simulation results panel is the leaderboard: tickets resolved, first-contact resolution, satisfaction, SLA met, utilisation and time on duplicates per agent, sorted by a click on a column's header; {leaderboard} shows it in large type for the class, and {report} prints it in the PDF report.</source>
      <translation>In {settings}, the Pools tab lists a pool's Named agents: each with a name, skills separated by commas and a speed (2 takes half a step's time, 0.5 twice as long); the first ones listed are on shift when the shifts put fewer agents on duty. The pool's Assignment says which agent takes a ticket: “{next_free}”; “{fewest_owned}”, the one owning fewest open tickets (the workload is the tickets owned, not the time busy); “{skills_first}”, an agent with the skill the step needs (its Required skill in the Properties panel), then any agent of the pool once the ticket has waited the Skill fallback time; “{round_robin}”, each in turn. With “A ticket coming back goes to its owner” ticked, a re-opened ticket or a customer's reply goes back to the agent who first worked it while that agent is on shift; otherwise the rule applies. After a run, the Agents tab of the Simulation results panel is the leaderboard: tickets resolved, first-contact resolution, satisfaction, SLA met, utilisation and time on duplicates per agent, sorted by a click on a column's header; {leaderboard} shows it in large type for the class, and {report} prints it in the PDF report.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="418" />
      <source>Keyboard</source>
      <translation>Keyboard</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="401" />
      <source>Moving around</source>
      <translation>Moving around</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="210" />
      <source>Named agents and the leaderboard</source>
      <translation>Named agents and the leaderboard</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="367" />
      <source>PDF, SVG and PNG</source>
      <translation>PDF, SVG and PNG</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="259" />
      <source>Run</source>
      <translation>Run</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="246" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="300" />
      <source>Self-service and automation</source>
      <translation>Self-service and automation</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="415" />
      <source>Simulate it</source>
      <translation>Simulate it</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="141" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="237" />
      <source>The Diagnostics panel ({diagnostics}) lists every problem: an unreachable step, a dead end, a decision without a default branch. Click one to jump to the element at fault; the canvas marks it with a badge. Errors must be fixed before a simulation; warnings need not be.</source>
      <translation>The Diagnostics panel ({diagnostics}) lists every problem: an unreachable step, a dead end, a decision without a default branch. Click one to jump to the element at fault; the canvas marks it with a badge. Errors must be fixed before a simulation; warnings need not be.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="392" />
      <source>The same jobs run from a terminal: &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; and &lt;tt&gt;export&lt;/tt&gt; (see &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</source>
      <translation>The same jobs run from a terminal: &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; and &lt;tt&gt;export&lt;/tt&gt; (see &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="416" />
      <source>Train new agents</source>
      <translation>Train new agents</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="341" />
      <source>Walkthrough</source>
      <translation>Walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="323" />
      <source>What the figures mean</source>
      <translation>What the figures mean</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="143" />
      <source>With no blueprint open, the start page offers a blank blueprint, the templates, Open… and your recent files. From the menus: {new}, {template} or {open}.</source>
      <translation>With no blueprint open, the start page offers a blank blueprint, the templates, Open… and your recent files. From the menus: {new}, {template} or {open}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="390" />
      <source>Without the window</source>
      <translation>Without the window</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="273" />
      <source>{compare} runs two scenarios and shows the differences; {watch} replays tickets moving through the flow. {results}, {log} and {report} save the figures, the event log (CSV or XES) and a PDF report.</source>
      <translation>{compare} runs two scenarios and shows the differences; {watch} replays tickets moving through the flow. {results}, {log} and {report} save the figures, the event log (CSV or XES) and a PDF report.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="369" />
      <source>{export} produces a vector PDF of the blueprint (title block, legend, lanes and lines; A4 or A3, portrait or landscape, fitted on one page or tiled), with the simulation report if you wish, or an SVG drawing or a PNG image. The default paper size is set in {preferences}.</source>
      <translation>{export} produces a vector PDF of the blueprint (title block, legend, lanes and lines; A4 or A3, portrait or landscape, fitted on one page or tiled), with the simulation report if you wish, or an SVG drawing or a PNG image. The default paper size is set in {preferences}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="358" />
      <source>{handout} prints each ticket card's path as numbered steps, as a PDF to hand out to the class.</source>
      <translation>{handout} prints each ticket card's path as numbered steps, as a PDF to hand out to the class.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="381" />
      <source>{import_bpmn} opens a BPMN 2.0 process (from Camunda, Signavio, Bizagi…) with its BPSim simulation data as a new blueprint: check the kind of each lane first, then read in the Diagnostics panel what the import guessed or changed. {export_bpmn} writes the blueprint as BPMN 2.0 for other tools.</source>
      <translation>{import_bpmn} opens a BPMN 2.0 process (from Camunda, Signavio, Bizagi…) with its BPSim simulation data as a new blueprint: check the kind of each lane first, then read in the Diagnostics panel what the import guessed or changed. {export_bpmn} writes the blueprint as BPMN 2.0 for other tools.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="325" />
      <source>{label}: {note}</source>
      <translation>{label}: {note}</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="248" />
      <source>{save} writes the file safely (the previous version is kept as .bak); {save_as} saves it under another name. Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</source>
      <translation>{save} writes the file safely (the previous version is kept as .bak); {save_as} saves it under another name. Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="171" />
      <source>{settings} holds what is not drawn: the document (title, language, currency), the ticket fields with their values, their words in French and English and their shares at arrival, the pools of agents with their shifts painted on a weekly grid, the calendars with opening hours and public holidays, and the SLA policies. A condition is built from pick lists (field, operator, values) beside its text, there and in the Properties panel; an intake may have its own shares of a field's values.</source>
      <translation>{settings} holds what is not drawn: the document (title, language, currency), the ticket fields with their values, their words in French and English and their shares at arrival, the pools of agents with their shifts painted on a weekly grid, the calendars with opening hours and public holidays, and the SLA policies. A condition is built from pick lists (field, operator, values) beside its text, there and in the Properties panel; an intake may have its own shares of a field's values.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="343" />
      <source>{start} steps a sample ticket through the blueprint: the current step is highlighted with its instructions, template response and mandatory fields, and at each decision the trainee picks the branch. {quiz} scores the trainee's choices; {presenter} enlarges everything for a projector; {end} stops.</source>
      <translation>{start} steps a sample ticket through the blueprint: the current step is highlighted with its instructions, template response and mandatory fields, and at each decision the trainee picks the branch. {quiz} scores the trainee's choices; {presenter} enlarges everything for a projector; {end} stops.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="288" />
      <source>{targets} says what the help desk must meet: per SLA policy the share of tickets allowed to breach it, the queue wait, utilisation and abandonment. {staffing} simulates variations of a scenario (arrival multipliers, agents per pool), or searches the cheapest number of agents that meets every target, with confidence intervals; any plan opens as a scenario, and the PDF report adds the recommendation. A Dask scheduler address in {preferences} runs them on other machines.</source>
      <translation>{targets} says what the help desk must meet: per SLA policy the share of tickets allowed to breach it, the queue wait, utilisation and abandonment. {staffing} simulates variations of a scenario (arrival multipliers, agents per pool), or searches the cheapest number of agents that meets every target, with confidence intervals; any plan opens as a scenario, and the PDF report adds the recommendation. A Dask scheduler address in {preferences} runs them on other machines.</translation>
    </message>
  </context>
  <context>
    <name>Kpi</name>
    <message>
      <location filename="../../model/kpis.py" line="89" />
      <source>A rejected ticket takes the approval's rejection path, by default back to the step it came from.</source>
      <translation>A rejected ticket takes the approval's rejection path, by default back to the step it came from.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="111" />
      <source>A resolved ticket that was never escalated, never re-opened (an unsatisfied survey, or a way back to an earlier step after the customer's answer, however it is drawn), never waited for the customer and is not a feature request sent to the roadmap. The rate is such tickets out of all resolved tickets.</source>
      <translation>A resolved ticket that was never escalated, never re-opened (an unsatisfied survey, or a way back to an earlier step after the customer's answer, however it is drawn), never waited for the customer and is not a feature request sent to the roadmap. The rate is such tickets out of all resolved tickets.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="124" />
      <source>A ticket counts as breached as soon as its SLA clock passes the first-response target without an answer, whatever happens to it next, even if it is still open at the end of the run.</source>
      <translation>A ticket counts as breached as soon as its SLA clock passes the first-response target without an answer, whatever happens to it next, even if it is still open at the end of the run.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="118" />
      <source>A ticket counts as breached as soon as its SLA clock passes the target, whether it was then resolved, closed, abandoned or is still open at the end of the run. Tickets still open within their target are not counted yet.</source>
      <translation>A ticket counts as breached as soon as its SLA clock passes the target, whether it was then resolved, closed, abandoned or is still open at the end of the run. Tickets still open within their target are not counted yet.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="107" />
      <source>Agent minutes spent on duplicate tickets over the run, triage included: wasted work.</source>
      <translation>Agent minutes spent on duplicate tickets over the run, triage included: wasted work.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="71" />
      <source>Agent time on duplicate tickets</source>
      <translation>Agent time on duplicate tickets</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="72" />
      <source>Agent time on merges at triage</source>
      <translation>Agent time on merges at triage</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="77" />
      <source>Approval time, mean</source>
      <translation>Approval time, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="74" />
      <source>Approvals asked</source>
      <translation>Approvals asked</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="75" />
      <source>Approvals granted</source>
      <translation>Approvals granted</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="76" />
      <source>Approvals rejected</source>
      <translation>Approvals rejected</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="66" />
      <source>Contacts per ticket</source>
      <translation>Contacts per ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="24" />
      <source>Deflection rate (self-service)</source>
      <translation>Deflection rate (self-service)</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="159" />
      <source>Deflection: a contact is deflected when it ends resolved having passed only through steps done by the customer (self-service) or by the system (automation), never through a step done by an agent. The deflection rate is deflected contacts out of all contacts. Deflected contacts are not counted as help-desk arrivals, resolutions or first-contact resolutions, nor in resolution times, SLA, escalation, re-open or survey figures.</source>
      <translation>Deflection: a contact is deflected when it ends resolved having passed only through steps done by the customer (self-service) or by the system (automation), never through a step done by an agent. The deflection rate is deflected contacts out of all contacts. Deflected contacts are not counted as help-desk arrivals, resolutions or first-contact resolutions, nor in resolution times, SLA, escalation, re-open or survey figures.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="70" />
      <source>Duplicate tickets</source>
      <translation>Duplicate tickets</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="69" />
      <source>Duplicate tickets worked, then merged</source>
      <translation>Duplicate tickets worked, then merged</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="145" />
      <source>Elapsed time from arrival to the end, for every ticket that ended: resolved, closed, abandoned or with no way on.</source>
      <translation>Elapsed time from arrival to the end, for every ticket that ended: resolved, closed, abandoned or with no way on.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="130" />
      <source>Elapsed time: calendar minutes from arrival to resolution, nights and weekends included, for resolved tickets.</source>
      <translation>Elapsed time: calendar minutes from arrival to resolution, nights and weekends included, for resolved tickets.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="47" />
      <source>Escalation rate</source>
      <translation>Escalation rate</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="97" />
      <source>Every contact from customers (first contacts and follow-ups about a ticket still open) per ticket opened by a first contact.</source>
      <translation>Every contact from customers (first contacts and follow-ups about a ticket still open) per ticket opened by a first contact.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="60" />
      <source>Feature requests sent to the roadmap</source>
      <translation>Feature requests sent to the roadmap</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="37" />
      <source>First response time (elapsed), mean</source>
      <translation>First response time (elapsed), mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="39" />
      <source>First response time on the SLA clock, mean</source>
      <translation>First response time on the SLA clock, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="46" />
      <source>First-contact resolution</source>
      <translation>First-contact resolution</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="50" />
      <source>First-response SLA breached, still open at the end</source>
      <translation>First-response SLA breached, still open at the end</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="48" />
      <source>First-response SLA breaches</source>
      <translation>First-response SLA breaches</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="67" />
      <source>Follow-up contacts</source>
      <translation>Follow-up contacts</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="68" />
      <source>Follow-ups merged at triage</source>
      <translation>Follow-ups merged at triage</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="102" />
      <source>Follow-ups not recognised at triage become tickets of their own, worked, then merged into the customer's ticket: their share of all the tickets opened.</source>
      <translation>Follow-ups not recognised at triage become tickets of their own, worked, then merged into the customer's ticket: their share of all the tickets opened.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="85" />
      <source>Minutes from asking an approval to its answer, granted or rejected, per answer.</source>
      <translation>Minutes from asking an approval to its answer, granted or rejected, per answer.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="44" />
      <source>Queue wait, 90th percentile</source>
      <translation>Queue wait, 90th percentile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="45" />
      <source>Queue wait, 95th percentile</source>
      <translation>Queue wait, 95th percentile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="42" />
      <source>Queue wait, mean</source>
      <translation>Queue wait, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="43" />
      <source>Queue wait, median</source>
      <translation>Queue wait, median</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="93" />
      <source>Re-assignments to another pool that give a reason; the results list them per reason.</source>
      <translation>Re-assignments to another pool that give a reason; the results list them per reason.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="58" />
      <source>Re-opened tickets</source>
      <translation>Re-opened tickets</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="55" />
      <source>Resolution SLA breached, still open at the end</source>
      <translation>Resolution SLA breached, still open at the end</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="53" />
      <source>Resolution SLA breaches</source>
      <translation>Resolution SLA breaches</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="32" />
      <source>Resolution time (elapsed), 90th percentile</source>
      <translation>Resolution time (elapsed), 90th percentile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="33" />
      <source>Resolution time (elapsed), 95th percentile</source>
      <translation>Resolution time (elapsed), 95th percentile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="34" />
      <source>Resolution time (elapsed), longest</source>
      <translation>Resolution time (elapsed), longest</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="30" />
      <source>Resolution time (elapsed), mean</source>
      <translation>Resolution time (elapsed), mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="31" />
      <source>Resolution time (elapsed), median</source>
      <translation>Resolution time (elapsed), median</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="35" />
      <source>Resolution time on the SLA clock, mean</source>
      <translation>Resolution time on the SLA clock, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="135" />
      <source>SLA clock: the minutes the ticket's SLA policy counts (only business hours when it has a calendar), less the time paused waiting for the customer, for resolved tickets.</source>
      <translation>SLA clock: the minutes the ticket's SLA policy counts (only business hours when it has a calendar), less the time paused waiting for the customer, for resolved tickets.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="140" />
      <source>SLA clock: the minutes the ticket's SLA policy counts (only business hours when it has a calendar), less the time paused, from arrival to the first answer.</source>
      <translation>SLA clock: the minutes the ticket's SLA policy counts (only business hours when it has a calendar), less the time paused, from arrival to the first answer.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="59" />
      <source>Satisfied survey answers</source>
      <translation>Satisfied survey answers</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="63" />
      <source>Staff cost</source>
      <translation>Staff cost</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="155" />
      <source>The number of open tickets averaged exactly over the time after the warm-up.</source>
      <translation>The number of open tickets averaged exactly over the time after the warm-up.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="21" />
      <source>Tickets abandoned</source>
      <translation>Tickets abandoned</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="19" />
      <source>Tickets arrived</source>
      <translation>Tickets arrived</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="26" />
      <source>Tickets in the help desk, time average</source>
      <translation>Tickets in the help desk, time average</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="20" />
      <source>Tickets resolved</source>
      <translation>Tickets resolved</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="23" />
      <source>Tickets resolved by self-service</source>
      <translation>Tickets resolved by self-service</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="25" />
      <source>Tickets still open at the end</source>
      <translation>Tickets still open at the end</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="27" />
      <source>Tickets waiting in a queue, time average</source>
      <translation>Tickets waiting in a queue, time average</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="64" />
      <source>Tickets with no way out</source>
      <translation>Tickets with no way out</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="61" />
      <source>Time above the line of visibility, per ticket</source>
      <translation>Time above the line of visibility, per ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="62" />
      <source>Time backstage, per ticket</source>
      <translation>Time backstage, per ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="150" />
      <source>Time between reaching a step and an agent starting on it, for every queue a ticket joined, including tickets that left the queue at a time limit or gave up.</source>
      <translation>Time between reaching a step and an agent starting on it, for every queue a ticket joined, including tickets that left the queue at a time limit or gave up.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="36" />
      <source>Time in the help desk, every outcome, mean</source>
      <translation>Time in the help desk, every outcome, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="78" />
      <source>Transfers with a reason</source>
      <translation>Transfers with a reason</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="86" />
      <source>95 % CI {span}</source>
      <translation>95 % CI {span}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="75" />
      <source>Mean over the replications that measured it</source>
      <translation>Mean over the replications that measured it</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="89" />
      <source>measured in {n} of {runs} runs: no interval</source>
      <translation>measured in {n} of {runs} runs: no interval</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="82" />
      <source>not measured in these runs</source>
      <translation>not measured in these runs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="88" />
      <source>one run: no interval</source>
      <translation>one run: no interval</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="85" />
      <source>the same in every run</source>
      <translation>the same in every run</translation>
    </message>
  </context>
  <context>
    <name>LadderBox</name>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="75" />
      <source> % of the target</source>
      <translation> % of the target</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="101" />
      <source> % of the time limit</source>
      <translation> % of the time limit</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="93" />
      <location filename="../../canvas/settings/ladder_box.py" line="59" />
      <source>&amp;Escalate tickets that run late</source>
      <translation>&amp;Escalate tickets that run late</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="121" />
      <source>&amp;Follows:</source>
      <translation>&amp;Follows:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="160" />
      <location filename="../../canvas/settings/ladder_box.py" line="124" />
      <source>&amp;Raise priority:</source>
      <translation>&amp;Raise priority:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="96" />
      <location filename="../../canvas/settings/ladder_box.py" line="69" />
      <source>&amp;Warn at</source>
      <translation>&amp;Warn at</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="190" />
      <source>(missing)</source>
      <translation>(missing)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="33" />
      <source>Add an escalation ladder</source>
      <translation>Add an escalation ladder</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="71" />
      <source>An alert when this share of the target has passed (1 to 99 %)</source>
      <translation>An alert when this share of the target has passed (1 to 99 %)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="159" />
      <location filename="../../canvas/settings/ladder_box.py" line="123" />
      <source>At the breach, &amp;notify:</source>
      <translation>At the breach, &amp;notify:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="36" />
      <source>Change the escalation warning</source>
      <translation>Change the escalation warning</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="38" />
      <source>Change the raised priority</source>
      <translation>Change the raised priority</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="40" />
      <source>Change what happens to tickets in service</source>
      <translation>Change what happens to tickets in service</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="35" />
      <source>Change what the escalation ladder follows</source>
      <translation>Change what the escalation ladder follows</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="39" />
      <source>Change where late tickets are re-assigned</source>
      <translation>Change where late tickets are re-assigned</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="37" />
      <source>Change who is notified at the breach</source>
      <translation>Change who is notified at the breach</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="51" />
      <source>Escalation ladder</source>
      <translation>Escalation ladder</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="124" />
      <source>Queued tickets go to the escalation target at the time limit in any case</source>
      <translation>Queued tickets go to the escalation target at the time limit in any case</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="125" />
      <source>Re-&amp;assign to:</source>
      <translation>Re-&amp;assign to:</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="34" />
      <source>Remove the escalation ladder</source>
      <translation>Remove the escalation ladder</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="77" />
      <source>Share of the target, in % (1 to 99), at which the warning is sent</source>
      <translation>Share of the target, in % (1 to 99), at which the warning is sent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="103" />
      <source>Share of the time limit, in % (1 to 99), at which the warning is sent</source>
      <translation>Share of the time limit, in % (1 to 99), at which the warning is sent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="116" />
      <location filename="../../canvas/settings/ladder_box.py" line="89" />
      <source>The priority the ticket gets (never lowered); a priority queue serves it sooner</source>
      <translation>The priority the ticket gets (never lowered); a priority queue serves it sooner</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="82" />
      <source>The role notified when the target passes; each notification is counted</source>
      <translation>The role notified when the target passes; each notification is counted</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="108" />
      <source>The role notified when the time limit passes; each notification is counted</source>
      <translation>The role notified when the time limit passes; each notification is counted</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="68" />
      <source>The target whose clock the ladder follows</source>
      <translation>The target whose clock the ladder follows</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="85" />
      <source>The ticket field that says its priority</source>
      <translation>The ticket field that says its priority</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="161" />
      <location filename="../../canvas/settings/ladder_box.py" line="126" />
      <source>Tickets in &amp;service:</source>
      <translation>Tickets in &amp;service:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="78" />
      <source>Warn at, in % of the target</source>
      <translation>Warn at, in % of the target</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="62" />
      <source>Warn before the target passes, then notify, raise the priority or re-assign</source>
      <translation>Warn before the target passes, then notify, raise the priority or re-assign</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="95" />
      <source>Warn before the time limit passes, then notify or raise the priority</source>
      <translation>Warn before the time limit passes, then notify or raise the priority</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="99" />
      <source>What a re-assignment does to a ticket an agent is already working on</source>
      <translation>What a re-assignment does to a ticket an agent is already working on</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="93" />
      <source>Where late tickets go: another pool for the same step, or another step</source>
      <translation>Where late tickets go: another pool for the same step, or another step</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="97" />
      <source>escalate after the current piece of work</source>
      <translation>escalate after the current piece of work</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="98" />
      <source>escalate at once, interrupting the work</source>
      <translation>escalate at once, interrupting the work</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="121" />
      <source>go to the escalation target after the current piece of work</source>
      <translation>go to the escalation target after the current piece of work</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="122" />
      <source>go to the escalation target at once, interrupting the work</source>
      <translation>go to the escalation target at once, interrupting the work</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="52" />
      <source>no change</source>
      <translation>no change</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="106" />
      <location filename="../../canvas/settings/ladder_box.py" line="81" />
      <source>nobody (e.g. Team lead)</source>
      <translation>nobody (e.g. Team lead)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="171" />
      <source>nowhere (they stay where they are)</source>
      <translation>nowhere (they stay where they are)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="120" />
      <location filename="../../canvas/settings/ladder_box.py" line="96" />
      <source>stay with their agent</source>
      <translation>stay with their agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="67" />
      <source>the first-response target</source>
      <translation>the first-response target</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="174" />
      <source>the pool {name}</source>
      <translation>the pool {name}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="66" />
      <source>the resolution target</source>
      <translation>the resolution target</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="179" />
      <source>the step {name}</source>
      <translation>the step {name}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="152" />
      <location filename="../../canvas/settings/ladder_box.py" line="110" />
      <source>to</source>
      <translation>to</translation>
    </message>
  </context>
  <context>
    <name>LadderWords</name>
    <message>
      <location filename="../../model/ladder_words.py" line="38" />
      <source> and </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="26" />
      <source>At the breach ({time}): the breach is counted.</source>
      <translation>At the breach ({time}): the breach is counted.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="25" />
      <source>At the breach ({time}): {actions}.</source>
      <translation>At the breach ({time}): {actions}.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="23" />
      <source>At {percent} of the target ({time}): a warning.</source>
      <translation>At {percent} of the target ({time}): a warning.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="24" />
      <source>At {percent} of the time limit ({time}): a warning.</source>
      <translation>At {percent} of the time limit ({time}): a warning.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="47" />
      <source>Escalation breaches</source>
      <translation>Escalation breaches</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="53" />
      <source>Escalation ladder</source>
      <translation>Escalation ladder</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="52" />
      <source>Escalation ladders</source>
      <translation>Escalation ladders</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="46" />
      <source>Escalation warnings</source>
      <translation>Escalation warnings</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="21" />
      <source>First-response target: {time}.</source>
      <translation>First-response target: {time}.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="48" />
      <source>Notifications sent</source>
      <translation>Notifications sent</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="43" />
      <source>On time: no escalation yet.</source>
      <translation>On time: no escalation yet.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="49" />
      <source>Priorities raised</source>
      <translation>Priorities raised</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="20" />
      <source>Resolution target: {time}.</source>
      <translation>Resolution target: {time}.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="41" />
      <source>SLA policy {n}</source>
      <translation>SLA policy {n}</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="45" />
      <source>Target passed: the ticket is escalated.</source>
      <translation>Target passed: the ticket is escalated.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="50" />
      <source>Tickets re-assigned</source>
      <translation>Tickets re-assigned</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="51" />
      <source>Tickets taken off their agent</source>
      <translation>Tickets taken off their agent</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="22" />
      <source>Time limit: {time}.</source>
      <translation>Time limit: {time}.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="44" />
      <source>Warning: {percent} of the target has passed.</source>
      <translation>Warning: {percent} of the target has passed.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="54" />
      <source>What each SLA policy and time limit does as a ticket runs late, and how often it did in the run (means per replication).</source>
      <translation>What each SLA policy and time limit does as a ticket runs late, and how often it did in the run (means per replication).</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="32" />
      <source>a ticket already in service goes once the current piece of work is done</source>
      <translation>a ticket already in service goes once the current piece of work is done</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="35" />
      <source>a ticket already in service is taken off its agent at once</source>
      <translation>a ticket already in service is taken off its agent at once</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="31" />
      <source>a ticket already in service stays with its agent</source>
      <translation>a ticket already in service stays with its agent</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="86" />
      <source>of which {n} was interrupted</source>
      <translation>of which {n} was interrupted</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="87" />
      <source>of which {n} were interrupted</source>
      <translation>of which {n} were interrupted</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="30" />
      <source>the ticket goes to the pool “{name}”</source>
      <translation>the ticket goes to the pool “{name}”</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="29" />
      <source>the ticket goes to the step “{name}”</source>
      <translation>the ticket goes to the step “{name}”</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="40" />
      <source>untitled pool</source>
      <translation>untitled pool</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="39" />
      <source>untitled step</source>
      <translation>untitled step</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="28" />
      <source>{field} goes up to {value}</source>
      <translation>{field} goes up to {value}</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="59" />
      <source>{name}: {warnings}, {breaches}, {notified}, {raised}, {reassigned}, {interrupted}</source>
      <translation>{name}: {warnings}, {breaches}, {notified}, {raised}, {reassigned}, {interrupted}</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="42" />
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="70" />
      <source>{n} breach</source>
      <translation>{n} breach</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="71" />
      <source>{n} breaches</source>
      <translation>{n} breaches</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="74" />
      <source>{n} notification sent</source>
      <translation>{n} notification sent</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="75" />
      <source>{n} notifications sent</source>
      <translation>{n} notifications sent</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="79" />
      <source>{n} priorities raised</source>
      <translation>{n} priorities raised</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="78" />
      <source>{n} priority raised</source>
      <translation>{n} priority raised</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="82" />
      <source>{n} re-assignment</source>
      <translation>{n} re-assignment</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="83" />
      <source>{n} re-assignments</source>
      <translation>{n} re-assignments</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="66" />
      <source>{n} warning</source>
      <translation>{n} warning</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="67" />
      <source>{n} warnings</source>
      <translation>{n} warnings</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="27" />
      <source>{role} is notified</source>
      <translation>{role} is notified</translation>
    </message>
  </context>
  <context>
    <name>Leaderboard</name>
    <message>
      <location filename="../../app/simulation/leaderboard.py" line="105" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../app/simulation/leaderboard.py" line="54" />
      <source>Click a column's header to sort the agents by it</source>
      <translation>Click a column's header to sort the agents by it</translation>
    </message>
    <message>
      <location filename="../../app/simulation/leaderboard.py" line="127" />
      <source>Click a column's header to sort; Escape closes.</source>
      <translation>Click a column's header to sort; Escape closes.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/leaderboard.py" line="106" />
      <source>Each agent's figures: a leaderboard, sortable by column</source>
      <translation>Each agent's figures: a leaderboard, sortable by column</translation>
    </message>
    <message>
      <location filename="../../app/simulation/leaderboard.py" line="149" />
      <source>No agent leaderboard yet: simulate a blueprint whose pools have named agents.</source>
      <translation>No agent leaderboard yet: simulate a blueprint whose pools have named agents.</translation>
    </message>
  </context>
  <context>
    <name>LoadErrors</name>
    <message>
      <location filename="../../model/load_texts.py" line="84" />
      <source>a choice field needs at least one value</source>
      <translation>a choice field needs at least one value</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="116" />
      <source>a file stands where a folder is expected</source>
      <translation>a file stands where a folder is expected</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="99" />
      <source>a link has at most one of: a condition, a probability, or default</source>
      <translation>a link has at most one of: a condition, a probability, or default</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="102" />
      <source>a scenario needs a horizon or a number of tickets</source>
      <translation>a scenario needs a horizon or a number of tickets</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="94" />
      <source>a shift must end after it starts (split a night shift in two)</source>
      <translation>a shift must end after it starts (split a night shift in two)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="55" />
      <source>has an unknown kind '{tag}' (expected {expected_tags})</source>
      <translation>has an unknown kind '{tag}' (expected {expected_tags})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="89" />
      <source>has labels for “{value}”, which is not one of its values</source>
      <translation>has labels for “{value}”, which is not one of its values</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="53" />
      <source>has too few items (at least {min_length})</source>
      <translation>has too few items (at least {min_length})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="52" />
      <source>has too many items (at most {max_length})</source>
      <translation>has too many items (at most {max_length})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="37" />
      <source>has {count} items, more than the {limit} allowed</source>
      <translation>has {count} items, more than the {limit} allowed</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="46" />
      <source>holds a broken character (half of a UTF-16 pair) that cannot be saved</source>
      <translation>holds a broken character (half of a UTF-16 pair) that cannot be saved</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="49" />
      <source>holds a broken character ({character}, half of a UTF-16 pair) that cannot be saved</source>
      <translation>holds a broken character ({character}, half of a UTF-16 pair) that cannot be saved</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="43" />
      <source>is not a known key</source>
      <translation>is not a known key</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="59" />
      <source>is not a valid identifier (letters, digits, _ . : -)</source>
      <translation>is not a valid identifier (letters, digits, _ . : -)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="42" />
      <source>is required</source>
      <translation>is required</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="44" />
      <source>is too long (at most {max_length} characters)</source>
      <translation>is too long (at most {max_length} characters)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="114" />
      <source>it is a folder, not a file</source>
      <translation>it is a folder, not a file</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="28" />
      <source>it is nested too deeply</source>
      <translation>it is nested too deeply</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="22" />
      <source>it is not UTF-8 text (byte {byte})</source>
      <translation>it is not UTF-8 text (byte {byte})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="20" />
      <source>it is not a file (a device, a pipe or a socket)</source>
      <translation>it is not a file (a device, a pipe or a socket)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="23" />
      <source>it is not valid JSON (line {line}, column {column})</source>
      <translation>it is not valid JSON (line {line}, column {column})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="27" />
      <source>it is not valid JSON: a number has too many digits</source>
      <translation>it is not valid JSON: a number has too many digits</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="24" />
      <source>it is not valid JSON: {name} is not a number JSON allows</source>
      <translation>it is not valid JSON: {name} is not a number JSON allows</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="86" />
      <source>it needs one weight per value</source>
      <translation>it needs one weight per value</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="92" />
      <source>its default “{value}” is not one of its values</source>
      <translation>its default “{value}” is not one of its values</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="85" />
      <source>its values must all differ</source>
      <translation>its values must all differ</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="87" />
      <source>its weights must not all be zero</source>
      <translation>its weights must not all be zero</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="41" />
      <source>must be &lt; {lt}</source>
      <translation>must be &lt; {lt}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="39" />
      <source>must be &gt; {gt}</source>
      <translation>must be &gt; {gt}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="98" />
      <source>must be a date written YYYY-MM-DD</source>
      <translation>must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="62" />
      <source>must be a finite number</source>
      <translation>must be a finite number</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="72" />
      <source>must be a list</source>
      <translation>must be a list</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="63" />
      <location filename="../../model/load_texts.py" line="64" />
      <source>must be a number</source>
      <translation>must be a number</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="76" />
      <source>must be a pair of numbers</source>
      <translation>must be a pair of numbers</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="65" />
      <location filename="../../model/load_texts.py" line="66" />
      <location filename="../../model/load_texts.py" line="67" />
      <location filename="../../model/load_texts.py" line="78" />
      <source>must be a whole number</source>
      <translation>must be a whole number</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="77" />
      <source>must be a whole number ≥ 0</source>
      <translation>must be a whole number ≥ 0</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="73" />
      <location filename="../../model/load_texts.py" line="74" />
      <location filename="../../model/load_texts.py" line="75" />
      <source>must be an object</source>
      <translation>must be an object</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="54" />
      <source>must be one of {expected}</source>
      <translation>must be one of {expected}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="70" />
      <source>must be text</source>
      <translation>must be text</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="71" />
      <source>must be text, a number, or true or false</source>
      <translation>must be text, a number, or true or false</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="68" />
      <location filename="../../model/load_texts.py" line="69" />
      <source>must be true or false</source>
      <translation>must be true or false</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="40" />
      <source>must be ≤ {le}</source>
      <translation>must be ≤ {le}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="38" />
      <source>must be ≥ {ge}</source>
      <translation>must be ≥ {ge}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="45" />
      <source>must not be empty</source>
      <translation>must not be empty</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="58" />
      <source>needs a 'kind'</source>
      <translation>needs a 'kind'</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="88" />
      <source>only a choice field has values and weights</source>
      <translation>only a choice field has values and weights</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="97" />
      <source>opening hours must end after they start</source>
      <translation>opening hours must end after they start</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="111" />
      <source>permission denied</source>
      <translation>permission denied</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="109" />
      <source>the disk is full</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="112" />
      <source>the disk is read-only</source>
      <translation>the disk is read-only</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="110" />
      <source>the disk quota is exceeded</source>
      <translation>the disk quota is exceeded</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="105" />
      <source>the document holds a value that cannot be written to a file</source>
      <translation>the document holds a value that cannot be written to a file</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="29" />
      <source>the file does not hold a blueprint (expected a JSON object)</source>
      <translation>the file does not hold a blueprint (expected a JSON object)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="32" />
      <source>the file does not hold a valid blueprint</source>
      <translation>the file does not hold a valid blueprint</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="21" />
      <source>the file is empty</source>
      <translation>the file is empty</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="19" />
      <source>the file is larger than {limit} MB</source>
      <translation>the file is larger than {limit} MB</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="115" />
      <source>the file name is too long</source>
      <translation>the file name is too long</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="113" />
      <source>the file or folder does not exist</source>
      <translation>the file or folder does not exist</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="80" />
      <source>the lowest value must not exceed the highest</source>
      <translation>the lowest value must not exceed the highest</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="81" />
      <source>the most likely value must lie between the lowest and the highest</source>
      <translation>the most likely value must lie between the lowest and the highest</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="103" />
      <source>the warm-up must be shorter than the horizon</source>
      <translation>the warm-up must be shorter than the horizon</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="117" />
      <source>too many symbolic links (a link points back to itself)</source>
      <translation>too many symbolic links (a link points back to itself)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="33" />
      <source>written by {writer} in file format {version}, which this version (Blueprint Studio {ours}, format {format}) cannot read without losing information; update Blueprint Studio to open it</source>
      <translation>written by {writer} in file format {version}, which this version (Blueprint Studio {ours}, format {format}) cannot read without losing information; update Blueprint Studio to open it</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="104" />
      <source>“{key}” is used twice</source>
      <translation>“{key}” is used twice</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="93" />
      <source>“{name}” is a built-in field</source>
      <translation>“{name}” is a built-in field</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/shell/menus.py" line="50" />
      <source>&amp;Arrange</source>
      <translation>&amp;Arrange</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="43" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="42" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="48" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="45" />
      <source>&amp;Insert</source>
      <translation>&amp;Insert</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="51" />
      <source>&amp;Panels</source>
      <translation>&amp;Panels</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="46" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="47" />
      <source>&amp;Training</source>
      <translation>&amp;Training</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="44" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="86" />
      <source>Autosave failed: {reason}</source>
      <translation>Autosave failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="290" />
      <source>Diagnostics</source>
      <translation>Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="147" />
      <source>Exported to {path}</source>
      <translation>Exported to {path}</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="445" />
      <source>Insert a “{kind}” node next to the selected one, linked to it, and type its name</source>
      <translation>Insert a “{kind}” node next to the selected one, linked to it, and type its name</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="433" />
      <source>No problems</source>
      <translation>No problems</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="398" />
      <source>Not saved yet</source>
      <translation>Not saved yet</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="417" />
      <source>Nothing selected</source>
      <translation>Nothing selected</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="49" />
      <source>Open &amp;recent</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="288" />
      <location filename="../../app/shell/main_window.py" line="312" />
      <source>Palette</source>
      <translation>Palette</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="289" />
      <source>Properties</source>
      <translation>Properties</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="457" />
      <source>Show or hide the toolbar</source>
      <translation>Show or hide the toolbar</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="455" />
      <source>Show or hide the {panel} panel</source>
      <translation>Show or hide the {panel} panel</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="256" />
      <source>Show or hide {panel}</source>
      <translation>Show or hide {panel}</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="428" />
      <location filename="../../app/shell/menus.py" line="457" />
      <source>Toolbar</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="422" />
      <source>Zoom {percent} %</source>
      <translation>Zoom {percent} %</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="403" />
      <source>{name}[*] — Blueprint Studio</source>
      <translation>{name}[*] — Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="415" />
      <source>{n} element selected</source>
      <translation>{n} element selected</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="415" />
      <source>{n} elements selected</source>
      <translation>{n} elements selected</translation>
    </message>
  </context>
  <context>
    <name>MinimapWidget</name>
    <message>
      <location filename="../../canvas/minimap.py" line="34" />
      <source>Overview: drag the rectangle to move around the drawing</source>
      <translation>Overview: drag the rectangle to move around the drawing</translation>
    </message>
  </context>
  <context>
    <name>NotifyWords</name>
    <message>
      <location filename="../../model/notify_words.py" line="21" />
      <source>How often each role was notified by the automated actions of steps and transitions (means per replication). The escalation ladders' notifications are counted with their ladders.</source>
      <translation>How often each role was notified by the automated actions of steps and transitions (means per replication). The escalation ladders' notifications are counted with their ladders.</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="20" />
      <source>Notifications</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="16" />
      <source>Notifications sent by steps and transitions: {roles}</source>
      <translation>Notifications sent by steps and transitions: {roles}</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="18" />
      <source>Notifications to {role}</source>
      <translation>Notifications to {role}</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="19" />
      <source>Notifications to {role}: {count}</source>
      <translation>Notifications to {role}: {count}</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="17" />
      <source>{role} ({count})</source>
      <translation>{role} ({count})</translation>
    </message>
  </context>
  <context>
    <name>PaletteWidget</name>
    <message>
      <location filename="../../canvas/palette.py" line="68" />
      <source>Drag onto the canvas, or click then click on the canvas; Enter inserts it next to the selected node</source>
      <translation>Drag onto the canvas, or click then click on the canvas; Enter inserts it next to the selected node</translation>
    </message>
  </context>
  <context>
    <name>Paper</name>
    <message>
      <location filename="../../export/strings.py" line="115" />
      <source>95 % confidence interval</source>
      <translation>95 % confidence interval</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="155" />
      <source>Above, the whole blueprint with each part that follows framed on it; below, those parts, stage by stage from left to right, printed large enough to read.</source>
      <translation>Above, the whole blueprint with each part that follows framed on it; below, those parts, stage by stage from left to right, printed large enough to read.</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="57" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="43" />
      <source>Agents per pool</source>
      <translation>Agents per pool</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="130" />
      <source>All tickets</source>
      <translation>All tickets</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="109" />
      <source>Arrival multiplier</source>
      <translation>Arrival multiplier</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="195" />
      <source>Arrives by {channel}</source>
      <translation>Arrives by {channel}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="40" />
      <source>Association</source>
      <translation>Association</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="55" />
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="30" />
      <source>Automated step</source>
      <translation>Automated step</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="42" />
      <source>B − A (95 % interval)</source>
      <translation>B − A (95 % interval)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="46" />
      <source>Backstage actions</source>
      <translation>Backstage actions</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="66" />
      <source>Blueprint</source>
      <translation>Blueprint</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="68" />
      <source>Blueprint Studio</source>
      <translation>Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="191" />
      <source>Branch taken</source>
      <translation>Branch taken</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="169" />
      <source>Breaches by SLA policy</source>
      <translation>Breaches by SLA policy</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="34" />
      <source>Comparison of two scenarios</source>
      <translation>Comparison of two scenarios</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="67" />
      <source>Cost against SLA breaches</source>
      <translation>Cost against SLA breaches</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="58" />
      <source>Cost per week</source>
      <translation>Cost per week</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="57" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="68" />
      <source>Each dot is a plan simulated: green meets every target, red misses one, amber is undecided. The line joins the plans no other beats on both cost and breaches; the circle is the recommendation.</source>
      <translation>Each dot is a plan simulated: green meets every target, red misses one, amber is undecided. The line joins the plans no other beats on both cost and breaches; the circle is the recommendation.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="138" />
      <source>Each grey line is one replication; the dark line is their mean.</source>
      <translation>Each grey line is one replication; the dark line is their mean.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="45" />
      <source>Frontstage actions</source>
      <translation>Frontstage actions</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="184" />
      <source>Guidance</source>
      <translation>Guidance</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="41" />
      <location filename="../../export/strings.py" line="113" />
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="28" />
      <source>Intake (channel)</source>
      <translation>Intake (channel)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="112" />
      <source>Key indicators</source>
      <translation>Key indicators</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="67" />
      <source>Lanes</source>
      <translation>Lanes</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="27" />
      <source>Legend</source>
      <translation>Legend</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="186" />
      <source>Mandatory fields</source>
      <translation>Mandatory fields</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="148" />
      <source>Mean time a closed ticket spends in each step or wait, queueing included.</source>
      <translation>Mean time a closed ticket spends in each step or wait, queueing included.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="160" />
      <source>Mean wait</source>
      <translation>Mean wait</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="116" />
      <source>Means over {n} replications; the interval contains the true mean with 95 % confidence. A dash means the indicator does not apply.</source>
      <translation>Means over {n} replications; the interval contains the true mean with 95 % confidence. A dash means the indicator does not apply.</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="52" />
      <source>No plan met every target within the range searched. The closest plans are on the frontier below.</source>
      <translation>No plan met every target within the range searched. The closest plans are on the frontier below.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="103" />
      <source>No ticket was measured: every ticket arrived during the warm-up ({warmup}).</source>
      <translation>No ticket was measured: every ticket arrived during the warm-up ({warmup}).</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="121" />
      <source>One replication: no confidence interval.</source>
      <translation>One replication: no confidence interval.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="137" />
      <source>Open tickets over time</source>
      <translation>Open tickets over time</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="54" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="60" />
      <source>Page map</source>
      <translation>Page map</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="58" />
      <source>Page {page} of {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="182" />
      <source>Path</source>
      <translation>Path</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="56" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="62" />
      <source>Plans simulated: {evaluated} of {candidates} considered; settled early, before all their replications: {dropped}; replications not run: {saved}.</source>
      <translation>Plans simulated: {evaluated} of {candidates} considered; settled early, before all their replications: {dropped}; replications not run: {saved}.</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="44" />
      <location filename="../../export/strings.py" line="111" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="61" />
      <source>Printed at {scale} % on {count} sheets with {overlap} mm overlap: trim along the crop marks and align each sheet on the dashed overlap of the previous one.</source>
      <translation>Printed at {scale} % on {count} sheets with {overlap} mm overlap: trim along the crop marks and align each sheet on the dashed overlap of the previous one.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="167" />
      <source>Queue waits and breaches by field value</source>
      <translation>Queue waits and breaches by field value</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="173" />
      <source>Queue, mean</source>
      <translation>Queue, mean</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="176" />
      <source>Queue, mean (tickets)</source>
      <translation>Queue, mean (tickets)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="108" />
      <source>Random seed</source>
      <translation>Random seed</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="123" />
      <source>Resolution time</source>
      <translation>Resolution time</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="61" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="56" />
      <source>Revision</source>
      <translation>Revision</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="75" />
      <source>SLA breaches (%)</source>
      <translation>SLA breaches (%)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="170" />
      <source>SLA policy</source>
      <translation>SLA policy</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="131" />
      <source>SLA target</source>
      <translation>SLA target</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="187" />
      <source>SLA targets</source>
      <translation>SLA targets</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="74" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="31" />
      <source>Self-service step</source>
      <translation>Self-service step</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="69" />
      <source>Service blueprint</source>
      <translation>Service blueprint</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="76" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="144" />
      <source>Share of the agents' on-duty time spent serving tickets (mean and 95 % interval).</source>
      <translation>Share of the agents' on-duty time spent serving tickets (mean and 95 % interval).</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="59" />
      <source>Sheet {label}</source>
      <translation>Sheet {label}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="77" />
      <source>Simulated time</source>
      <translation>Simulated time</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="70" />
      <location filename="../../export/strings.py" line="73" />
      <source>Simulation report</source>
      <translation>Simulation report</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="110" />
      <source>Staffing</source>
      <translation>Staffing</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="45" />
      <source>Staffing recommendation</source>
      <translation>Staffing recommendation</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="183" />
      <source>Step {n}</source>
      <translation>Step {n}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="162" />
      <source>Steps</source>
      <translation>Steps</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="152" />
      <source>Steps coloured by the mean wait for an agent; grey nodes do not queue.</source>
      <translation>Steps coloured by the mean wait for an agent; grey nodes do not queue.</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="60" />
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="59" />
      <source>Targets</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="46" />
      <source>The cheapest plan found that meets every staffing target of the document, for the scenario “{scenario}”. A target counts as met when its whole 95 % confidence interval is within the limit.</source>
      <translation>The cheapest plan found that meets every staffing target of the document, for the scenario “{scenario}”. A target counts as met when its whole 95 % confidence interval is within the limit.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="124" />
      <source>The results keep the median, the 90th and 95th percentiles, the longest time and the mean of each group: bars show the quantiles, the diamond the mean, the red line the resolution target of the matching SLA.</source>
      <translation>The results keep the median, the 90th and 95th percentiles, the longest time and the mean of each group: bars show the quantiles, the diamond the mean, the red line the resolution target of the matching SLA.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="192" />
      <source>This card has no expected path yet.</source>
      <translation>This card has no expected path yet.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="181" />
      <source>Ticket fields</source>
      <translation>Ticket fields</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="39" />
      <source>Ticket flow</source>
      <translation>Ticket flow</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="168" />
      <location filename="../../export/strings.py" line="171" />
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="78" />
      <source>Tickets measured (after the warm-up)</source>
      <translation>Tickets measured (after the warm-up)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="177" />
      <source>Time limit exceeded (tickets)</source>
      <translation>Time limit exceeded (tickets)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="190" />
      <source>Time limit {limit}, then escalate to {target}</source>
      <translation>Time limit {limit}, then escalate to {target}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="147" />
      <source>Time per state</source>
      <translation>Time per state</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="53" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="71" />
      <location filename="../../export/strings.py" line="179" />
      <source>Training handout</source>
      <translation>Training handout</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="80" />
      <source>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time.</source>
      <translation>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="51" />
      <source>Untitled blueprint</source>
      <translation>Untitled blueprint</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="143" />
      <source>Utilisation per pool</source>
      <translation>Utilisation per pool</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="164" />
      <source>Wait, 90th percentile</source>
      <translation>Wait, 90th percentile</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="165" />
      <source>Wait, 95th percentile</source>
      <translation>Wait, 95th percentile</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="106" />
      <source>Warm-up (not counted)</source>
      <translation>Warm-up (not counted)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="166" />
      <source>What the indicators mean</source>
      <translation>What the indicators mean</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="151" />
      <source>Where tickets wait</source>
      <translation>Where tickets wait</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="204" />
      <source>abandoned</source>
      <translation>abandoned</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="201" />
      <source>another channel</source>
      <translation>another channel</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="193" />
      <source>business hours</source>
      <translation>business hours</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="199" />
      <source>chat</source>
      <translation>chat</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="203" />
      <source>closed</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="74" />
      <source>cost per week ({currency})</source>
      <translation>cost per week ({currency})</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="210" />
      <source>d</source>
      <translation>d</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="141" />
      <source>days</source>
      <translation>days</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="197" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="188" />
      <source>first response</source>
      <translation>first response</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="209" />
      <source>h</source>
      <translation>h</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="132" />
      <source>longest</source>
      <translation>longest</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="208" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="207" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="161" />
      <source>no queue</source>
      <translation>no queue</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="142" />
      <source>open tickets</source>
      <translation>open tickets</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="198" />
      <source>phone</source>
      <translation>phone</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="200" />
      <source>portal</source>
      <translation>portal</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="205" />
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="189" />
      <source>resolution</source>
      <translation>resolution</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="202" />
      <source>resolved</source>
      <translation>resolved</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="172" />
      <source>{label}: {note}</source>
      <translation>{label}: {note}</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="35" />
      <source>“{a}” (A) against “{b}” (B), {n} paired replications with the same random numbers. B − A is given with its 95 % confidence interval; a difference marked ● is real (its interval excludes zero).</source>
      <translation>“{a}” (A) against “{b}” (B), {n} paired replications with the same random numbers. B − A is given with its 95 % confidence interval; a difference marked ● is real (its interval excludes zero).</translation>
    </message>
  </context>
  <context>
    <name>PdfExportWorker</name>
    <message>
      <location filename="../../app/shell/workers.py" line="317" />
      <source>Simulating the scenario…</source>
      <translation>Simulating the scenario…</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="375" />
      <source>The PDF cannot be made: {reason}</source>
      <translation>The PDF cannot be made: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="376" />
      <source>The PDF could not be written ({reason}).</source>
      <translation>The PDF could not be written ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="358" />
      <source>The blueprint has {n} validation error: the report cannot be simulated.</source>
      <translation>The blueprint has {n} validation error: the report cannot be simulated.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="359" />
      <source>The blueprint has {n} validation errors: the report cannot be simulated.</source>
      <translation>The blueprint has {n} validation errors: the report cannot be simulated.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="362" />
      <source>The folder {folder} does not exist.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="324" />
      <source>Writing the PDF…</source>
      <translation>Writing the PDF…</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="365" />
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>You are not allowed to write in the folder {folder}: choose another folder.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="370" />
      <source>{name} could not be written: {reason}</source>
      <translation>{name} could not be written: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="368" />
      <source>{name} is a folder: choose a file name.</source>
      <translation>{name} is a folder: choose a file name.</translation>
    </message>
  </context>
  <context>
    <name>PoolsTab</name>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="149" />
      <source>&amp;Add pool</source>
      <translation>&amp;Add pool</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="225" />
      <source>&amp;Cost:</source>
      <translation>&amp;Cost:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="223" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="226" />
      <source>&amp;Queue discipline:</source>
      <translation>&amp;Queue discipline:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="153" />
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="315" />
      <source>(choose a field)</source>
      <translation>(choose a field)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="320" />
      <source>(missing field)</source>
      <translation>(missing field)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="409" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="224" />
      <source>A&amp;gents:</source>
      <translation>A&amp;gents:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="228" />
      <source>A&amp;ssignment:</source>
      <translation>A&amp;ssignment:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="64" />
      <source>Add a named agent</source>
      <translation>Add a named agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="151" />
      <source>Add a pool of agents that steps of any lane can use</source>
      <translation>Add a pool of agents that steps of any lane can use</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="394" />
      <source>Add pool</source>
      <translation>Add pool</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="303" />
      <source>Another pool is also called “{name}”: steps would show two pools of that name.</source>
      <translation>Another pool is also called “{name}”: steps would show two pools of that name.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="45" />
      <source>By SLA deadline (earliest first)</source>
      <translation>By SLA deadline (earliest first)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="44" />
      <source>By priority</source>
      <translation>By priority</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="63" />
      <source>Change a named agent</source>
      <translation>Change a named agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="61" />
      <source>Change the assignment rule</source>
      <translation>Change the assignment rule</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="58" />
      <source>Change the cost per agent-hour</source>
      <translation>Change the cost per agent-hour</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="57" />
      <source>Change the number of agents</source>
      <translation>Change the number of agents</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="60" />
      <source>Change the priority field</source>
      <translation>Change the priority field</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="59" />
      <source>Change the queue discipline</source>
      <translation>Change the queue discipline</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="62" />
      <source>Change the shifts</source>
      <translation>Change the shifts</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="67" />
      <source>Change the skill fallback</source>
      <translation>Change the skill fallback</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="66" />
      <source>Change the ticket ownership</source>
      <translation>Change the ticket ownership</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="144" />
      <source>Every pool of agents; a lane's own pool says which lane. F2 renames.</source>
      <translation>Every pool of agents; a lane's own pool says which lane. F2 renames.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="51" />
      <source>Fewest open tickets owned</source>
      <translation>Fewest open tickets owned</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="43" />
      <source>First come, first served</source>
      <translation>First come, first served</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="193" />
      <source>Head count. Without shifts, these agents are on duty around the clock; with shifts, the grid decides.</source>
      <translation>Head count. Without shifts, these agents are on duty around the clock; with shifts, the grid decides.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="49" />
      <source>Least loaded agent</source>
      <translation>Least loaded agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="48" />
      <source>Next free agent</source>
      <translation>Next free agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="328" />
      <source>No choice field to rank by: add one (such as a priority) in the Ticket fields tab.</source>
      <translation>No choice field to rank by: add one (such as a priority) in the Ticket fields tab.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="165" />
      <source>No pool yet. Add one: steps then pick it by its name.</source>
      <translation>No pool yet. Add one: steps then pick it by its name.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="388" />
      <source>Pool {number}</source>
      <translation>Pool {number}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="135" />
      <location filename="../../canvas/settings/pools_tab.py" line="141" />
      <source>Pools</source>
      <translation>Pools</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="209" />
      <source>Priority &amp;field:</source>
      <translation>Priority &amp;field:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="65" />
      <source>Remove a named agent</source>
      <translation>Remove a named agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="415" />
      <location filename="../../canvas/settings/pools_tab.py" line="417" />
      <source>Remove pool</source>
      <translation>Remove pool</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="155" />
      <source>Remove the selected pool (only when no step uses it)</source>
      <translation>Remove the selected pool (only when no step uses it)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="56" />
      <source>Rename pool</source>
      <translation>Rename pool</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="53" />
      <source>Round-robin</source>
      <translation>Round-robin</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="52" />
      <source>Skills first</source>
      <translation>Skills first</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="207" />
      <source>The choice field whose order of values ranks the queue (first value first)</source>
      <translation>The choice field whose order of values ranks the queue (first value first)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="187" />
      <source>The name steps and reports show for this pool</source>
      <translation>The name steps and reports show for this pool</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="286" />
      <source>What one agent of this pool costs per hour on duty, in {currency}</source>
      <translation>What one agent of this pool costs per hour on duty, in {currency}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="215" />
      <source>Which agent gets a ticket when several are free: the next one, the one who served least, the one owning fewest open tickets, one with the skill the step requires, or each in turn</source>
      <translation>Which agent gets a ticket when several are free: the next one, the one who served least, the one owning fewest open tickets, one with the skill the step requires, or each in turn</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="203" />
      <source>Which waiting ticket an agent who becomes free takes next</source>
      <translation>Which waiting ticket an agent who becomes free takes next</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="102" />
      <source>a re-assignment after the step “{title}”</source>
      <translation>a re-assignment after the step “{title}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="105" />
      <source>a re-assignment on the link {link}</source>
      <translation>a re-assignment on the link {link}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="108" />
      <source>the SLA policy “{name}”</source>
      <translation>the SLA policy “{name}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="111" />
      <source>the scenario “{name}”</source>
      <translation>the scenario “{name}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="100" />
      <source>the step “{title}”</source>
      <translation>the step “{title}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="261" />
      <source>{agents}, around the clock</source>
      <translation>{agents}, around the clock</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="262" />
      <source>{agents}, on shifts</source>
      <translation>{agents}, on shifts</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="310" />
      <source>{currency} / agent-hour</source>
      <translation>{currency} / agent-hour</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="87" />
      <source>{pool} (lane {lane})</source>
      <translation>{pool} (lane {lane})</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="408" />
      <source>“{pool}” cannot be removed while it is used by {users}. Give them another pool first.</source>
      <translation>“{pool}” cannot be removed while it is used by {users}. Give them another pool first.</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../app/shell/preferences.py" line="57" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="51" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="72" />
      <source>&amp;Autosave every:</source>
      <translation>&amp;Autosave every:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="74" />
      <source>&amp;Dask scheduler address:</source>
      <translation>&amp;Dask scheduler address:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="70" />
      <source>&amp;Grid size:</source>
      <translation>&amp;Grid size:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="68" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="69" />
      <source>&amp;Theme:</source>
      <translation>&amp;Theme:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="63" />
      <source>Address of a Dask scheduler (e.g. tcp://192.168.1.20:8786) on which sweeps and the staffing finder run their simulations; empty: the processes of this machine</source>
      <translation>Address of a Dask scheduler (e.g. tcp://192.168.1.20:8786) on which sweeps and the staffing finder run their simulations; empty: the processes of this machine</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="29" />
      <source>Dark</source>
      <translation>Dark</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="24" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="27" />
      <source>Follow the system</source>
      <translation>Follow the system</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="23" />
      <source>French (Français)</source>
      <translation>French (Français)</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="28" />
      <source>Light</source>
      <translation>Light</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="73" />
      <source>PDF &amp;page size:</source>
      <translation>PDF &amp;page size:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="41" />
      <source>Preferences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="52" />
      <source>Snap nodes to the grid</source>
      <translation>Snap nodes to the grid</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="22" />
      <source>System language</source>
      <translation>System language</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="60" />
      <source>empty: this machine</source>
      <translation>empty: this machine</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <location filename="../../app/shell/prompts.py" line="50" />
      <source>&amp;Don't Save</source>
      <translation>&amp;Don't Save</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="70" />
      <source>&amp;Overwrite</source>
      <translation>&amp;Overwrite</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="69" />
      <source>&amp;Reload</source>
      <translation>&amp;Reload</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="49" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="86" />
      <source>Blueprints (*{suffix});;All files (*)</source>
      <translation>Blueprints (*{suffix});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="51" />
      <location filename="../../app/shell/prompts.py" line="72" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="62" />
      <source>File Changed on Disk</source>
      <translation>File Changed on Disk</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="47" />
      <source>If you don't save, your changes since the last save are lost.</source>
      <translation>If you don't save, your changes since the last save are lost.</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="90" />
      <source>Open Blueprint</source>
      <translation>Open Blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="65" />
      <source>Reload it and lose your changes, overwrite their version with yours, or save yours under another name?</source>
      <translation>Reload it and lose your changes, overwrite their version with yours, or save yours under another name?</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="71" />
      <source>Save &amp;As…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="95" />
      <source>Save Blueprint As</source>
      <translation>Save Blueprint As</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="46" />
      <source>Save the changes to “{name}” before closing?</source>
      <translation>Save the changes to “{name}” before closing?</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="45" />
      <source>Unsaved Changes</source>
      <translation>Unsaved Changes</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="63" />
      <source>“{name}” was changed by someone else since you opened it.</source>
      <translation>“{name}” was changed by someone else since you opened it.</translation>
    </message>
  </context>
  <context>
    <name>Properties</name>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="68" />
      <source> agents</source>
      <translation> agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="249" />
      <location filename="../../canvas/properties/labels.py" line="278" />
      <source>(missing element)</source>
      <translation>(missing element)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="212" />
      <source>A guard: the branch is offered only to tickets whose fields hold this condition.</source>
      <translation>A guard: the branch is offered only to tickets whose fields hold this condition.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="130" />
      <source>A transition that needs approval: the ticket waits for the answer (minutes, no agent of the flow); approved, it goes on; rejected, it goes back to the step it comes from, or where you choose.</source>
      <translation>A transition that needs approval: the ticket waits for the answer (minutes, no agent of the flow); approved, it goes on; rejected, it goes back to the step it comes from, or where you choose.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="249" />
      <source>Abandoned</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="266" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="103" />
      <source>Add a duration rule</source>
      <translation>Add a duration rule</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="218" />
      <source>Add action</source>
      <translation>Add action</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="117" />
      <source>Add field value</source>
      <translation>Add field value</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="152" />
      <source>Add own shares</source>
      <translation>Add own shares</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="329" />
      <source>Add shift</source>
      <translation>Add shift</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="51" />
      <source>After the timeout, go to</source>
      <translation>After the timeout, go to</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="65" />
      <source>After: automated actions</source>
      <translation>After: automated actions</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="419" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="65" />
      <source>Agents on duty</source>
      <translation>Agents on duty</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="242" />
      <source>An agent</source>
      <translation>An agent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="39" />
      <source>Approval</source>
      <translation>Approval</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="25" />
      <source>Arrival rate (per hour)</source>
      <translation>Arrival rate (per hour)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="91" />
      <source>Arrival rates that change by weekday and hour, in tickets per hour; replaces the constant rate.</source>
      <translation>Arrival rates that change by weekday and hour, in tickets per hour; replaces the constant rate.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="421" />
      <source>Assignment</source>
      <translation>Assignment</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="46" />
      <source>Automated actions</source>
      <translation>Automated actions</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="54" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="63" />
      <source>Before: offered only when</source>
      <translation>Before: offered only when</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="78" />
      <source>By priority</source>
      <translation>By priority</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="67" />
      <source>Calendar</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="344" />
      <source>Change branch rule</source>
      <translation>Change branch rule</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="317" />
      <source>Change branch target</source>
      <translation>Change branch target</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="24" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="237" />
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="248" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="53" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="420" />
      <source>Cost per agent hour</source>
      <translation>Cost per agent hour</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="40" />
      <source>Counts as first response</source>
      <translation>Counts as first response</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="68" />
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="30" />
      <source>Customer patience (minutes)</source>
      <translation>Customer patience (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="48" />
      <source>Customer response time (minutes)</source>
      <translation>Customer response time (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="125" />
      <source>Customers who write again about a ticket still open: how many, when and through which channel. Each follow-up is a contact that a step with a merge rule can recognise and merge.</source>
      <translation>Customers who write again about a ticket still open: how many, when and through which channel. Each follow-up is a contact that a step with a merge rule can recognise and merge.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="62" />
      <source>Default branch</source>
      <translation>Default branch</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="56" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="204" />
      <source>Distribution</source>
      <translation>Distribution</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="66" />
      <source>Done by</source>
      <translation>Done by</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="31" />
      <source>Duration (minutes)</source>
      <translation>Duration (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="32" />
      <source>Duration rules</source>
      <translation>Duration rules</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="64" />
      <source>During: fields to fill</source>
      <translation>During: fields to fill</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="235" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="79" />
      <source>Earliest SLA deadline</source>
      <translation>Earliest SLA deadline</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="320" />
      <source>Edit branch</source>
      <translation>Edit branch</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="319" />
      <source>Edit branch condition</source>
      <translation>Edit branch condition</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="316" />
      <source>Edit branch label</source>
      <translation>Edit branch label</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="318" />
      <source>Edit branch share</source>
      <translation>Edit branch share</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="39" />
      <source>Empirical (samples)</source>
      <translation>Empirical (samples)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="64" />
      <source>End (hour)</source>
      <translation>End (hour)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="34" />
      <source>Escalate to</source>
      <translation>Escalate to</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="35" />
      <source>Escalation ladder</source>
      <translation>Escalation ladder</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="49" />
      <source>Every ticket that reaches this branch takes it.</source>
      <translation>Every ticket that reaches this branch takes it.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="33" />
      <source>Exponential</source>
      <translation>Exponential</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="74" />
      <source>Fewest open tickets owned</source>
      <translation>Fewest open tickets owned</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="28" />
      <source>Field values set at arrival</source>
      <translation>Field values set at arrival</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="77" />
      <source>First in, first out</source>
      <translation>First in, first out</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="34" />
      <source>Fixed</source>
      <translation>Fixed</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="36" />
      <source>Follow-up contacts</source>
      <translation>Follow-up contacts</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="57" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="58" />
      <source>From node</source>
      <translation>From node</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="38" />
      <source>Gamma</source>
      <translation>Gamma</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="161" />
      <source>Goes to</source>
      <translation>Goes to</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="44" />
      <source>Guidance for agents</source>
      <translation>Guidance for agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="20" />
      <source>Height</source>
      <translation>Height</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="77" />
      <source>Height on the canvas, in points (1/72 inch at 100 % zoom).</source>
      <translation>Height on the canvas, in points (1/72 inch at 100 % zoom).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="125" />
      <source>How a ticket is sent down this branch</source>
      <translation>How a ticket is sent down this branch</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="107" />
      <source>How long a customer waits in the queue before giving up, in minutes. None: customers never give up.</source>
      <translation>How long a customer waits in the queue before giving up, in minutes. None: customers never give up.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="175" />
      <source>How long the customer takes to reply, in minutes (a distribution).</source>
      <translation>How long the customer takes to reply, in minutes (a distribution).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="111" />
      <source>How long the work takes once an agent starts it, in minutes (a distribution).</source>
      <translation>How long the work takes once an agent starts it, in minutes (a distribution).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="196" />
      <source>How the ticket ends here: resolved, closed, abandoned or rejected.</source>
      <translation>How the ticket ends here: resolved, closed, abandoned or rejected.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="84" />
      <source>How tickets arrive here: e-mail, phone, chat, portal or other.</source>
      <translation>How tickets arrive here: e-mail, phone, chat, portal or other.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="164" />
      <source>Instructions or knowledge-base text for the agent; shown in walkthroughs and handouts.</source>
      <translation>Instructions or knowledge-base text for the agent; shown in walkthroughs and handouts.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="60" />
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="107" />
      <source>Label on the link</source>
      <translation>Label on the link</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="23" />
      <location filename="../../canvas/properties/labels.py" line="258" />
      <source>Lane</source>
      <translation>Lane</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="19" />
      <source>Lane kind</source>
      <translation>Lane kind</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="72" />
      <source>Least loaded agent</source>
      <translation>Least loaded agent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="257" />
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="37" />
      <source>Log-normal</source>
      <translation>Log-normal</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="45" />
      <source>Mandatory fields</source>
      <translation>Mandatory fields</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="46" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="42" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="37" />
      <source>Merge rule</source>
      <translation>Merge rule</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="44" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="118" />
      <source>Minutes a ticket may wait in this queue before it escalates to the target below (empty: no limit).</source>
      <translation>Minutes a ticket may wait in this queue before it escalates to the target below (empty: no limit).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="181" />
      <source>Minutes to wait for the customer before giving up and moving on. Empty: wait forever.</source>
      <translation>Minutes to wait for the customer before giving up and moving on. Empty: wait forever.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="53" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="45" />
      <source>Most likely</source>
      <translation>Most likely</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="366" />
      <source>Move branch down</source>
      <translation>Move branch down</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="366" />
      <source>Move branch up</source>
      <translation>Move branch up</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="112" />
      <source>Move down: tried later (Alt+Down)</source>
      <translation>Move down: tried later (Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="111" />
      <source>Move up: tried earlier (Alt+Up)</source>
      <translation>Move up: tried earlier (Alt+Up)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="418" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="71" />
      <source>Next free agent</source>
      <translation>Next free agent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="257" />
      <source>No branch yet: draw links from this decision to the next steps.</source>
      <translation>No branch yet: draw links from this decision to the next steps.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="415" />
      <source>No field</source>
      <translation>No field</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="43" />
      <source>No rule</source>
      <translation>No rule</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="194" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="34" />
      <source>Notify</source>
      <translation>Notify</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="239" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="114" />
      <source>Other durations in minutes for some tickets (P1 takes longer…); the first rule that holds applies.</source>
      <translation>Other durations in minutes for some tickets (P1 takes longer…); the first rule that holds applies.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="42" />
      <source>Otherwise (default)</source>
      <translation>Otherwise (default)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="55" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="29" />
      <source>Own shares at arrival</source>
      <translation>Own shares at arrival</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="41" />
      <source>Pauses the SLA clocks</source>
      <translation>Pauses the SLA clocks</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="236" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="232" />
      <location filename="../../canvas/properties/labels.py" line="260" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="22" />
      <source>Pool of agents</source>
      <translation>Pool of agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="238" />
      <source>Portal</source>
      <translation>Portal</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="423" />
      <source>Priority field</source>
      <translation>Priority field</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="61" />
      <source>Probability</source>
      <translation>Probability</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="52" />
      <source>Probability of satisfaction</source>
      <translation>Probability of satisfaction</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="49" />
      <source>Probability the customer replies</source>
      <translation>Probability the customer replies</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="47" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="422" />
      <source>Queue discipline</source>
      <translation>Queue discipline</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="38" />
      <source>Rates by weekday and hour</source>
      <translation>Rates by weekday and hour</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="35" />
      <source>Re-assign to a pool</source>
      <translation>Re-assign to a pool</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="241" />
      <source>Reason for the transfer</source>
      <translation>Reason for the transfer</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="135" />
      <source>Recognise follow-ups here (triage): a share is merged into the customer's open ticket after a detection time; the others become duplicate tickets, worked, then merged.</source>
      <translation>Recognise follow-ups here (triage): a share is merged into the customer's open ticket after a detection time; the others become duplicate tickets, worked, then merged.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="250" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="291" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="38" />
      <source>Required skill</source>
      <translation>Required skill</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="247" />
      <source>Resolved</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="76" />
      <source>Round-robin</source>
      <translation>Round-robin</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="262" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="50" />
      <source>Samples, separated by commas</source>
      <translation>Samples, separated by commas</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="58" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="49" />
      <source>Scale</source>
      <translation>Scale</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="261" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="33" />
      <source>Send a template response</source>
      <translation>Send a template response</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="32" />
      <source>Set a field</source>
      <translation>Set a field</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="48" />
      <source>Shape</source>
      <translation>Shape</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="41" />
      <source>Share of tickets</source>
      <translation>Share of tickets</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="424" />
      <source>Shifts</source>
      <translation>Shifts</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="75" />
      <source>Skills first</source>
      <translation>Skills first</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="259" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="47" />
      <source>Standard deviation</source>
      <translation>Standard deviation</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="63" />
      <source>Start (hour)</source>
      <translation>Start (hour)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="59" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="42" />
      <source>Support level</source>
      <translation>Support level</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="260" />
      <location filename="../../canvas/properties/labels.py" line="43" />
      <source>Template response</source>
      <translation>Template response</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="253" />
      <location filename="../../canvas/properties/labels.py" line="57" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="79" />
      <source>The agents who do this work (empty: the pool of the step's lane), their number, cost and shifts.</source>
      <translation>The agents who do this work (empty: the pool of the step's lane), their number, cost and shifts.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="161" />
      <source>The canned answer agents send at this step; shown in walkthroughs and handouts.</source>
      <translation>The canned answer agents send at this step; shown in walkthroughs and handouts.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="129" />
      <source>The condition as text, e.g. priority in ("P1", "P2")</source>
      <translation>The condition as text, e.g. priority in ("P1", "P2")</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="228" />
      <source>The currency of every cost in the document (ISO code, e.g. EUR).</source>
      <translation>The currency of every cost in the document (ISO code, e.g. EUR).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="244" />
      <source>The customer (self-service)</source>
      <translation>The customer (self-service)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="150" />
      <source>The end of this step stops the first-response clock of the SLA (the customer got an answer).</source>
      <translation>The end of this step stops the first-response clock of the SLA (the customer got an answer).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="199" />
      <source>The gamma's shape (no unit): the mean is shape × scale</source>
      <translation>The gamma's shape (no unit): the mean is shape × scale</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="83" />
      <source>The lane (swimlane) this node sits in.</source>
      <translation>The lane (swimlane) this node sits in.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="72" />
      <source>The name people read on the canvas, in lists and in messages.</source>
      <translation>The name people read on the canvas, in lists and in messages.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="203" />
      <source>The node tickets leave by this link.</source>
      <translation>The node tickets leave by this link.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="156" />
      <source>The node tickets reach by this branch</source>
      <translation>The node tickets reach by this branch</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="204" />
      <source>The node tickets reach by this link.</source>
      <translation>The node tickets reach by this link.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="225" />
      <source>The opening hours and public holidays whose business hours the SLA clocks count.</source>
      <translation>The opening hours and public holidays whose business hours the SLA clocks count.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="195" />
      <source>The product backlog feature requests are recorded in.</source>
      <translation>The product backlog feature requests are recorded in.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="174" />
      <source>The question this decision answers, shown to trainees.</source>
      <translation>The question this decision answers, shown to trainees.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="187" />
      <source>The share of customers satisfied by the answer, from 0 to 1; the others re-open the ticket.</source>
      <translation>The share of customers satisfied by the answer, from 0 to 1; the others re-open the ticket.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="178" />
      <source>The share of customers who reply at all, from 0 to 1 (0.8 = 80 %).</source>
      <translation>The share of customers who reply at all, from 0 to 1 (0.8 = 80 %).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="195" />
      <source>The share of this value among this intake's tickets, in percent</source>
      <translation>The share of this value among this intake's tickets, in percent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="206" />
      <source>The share of tickets that take this branch, from 0 to 1 (0.25 = 25 %).</source>
      <translation>The share of tickets that take this branch, from 0 to 1 (0.25 = 25 %).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="144" />
      <source>The share of tickets that take this branch, in percent</source>
      <translation>The share of tickets that take this branch, in percent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="145" />
      <source>The skill an agent needs for this step when its pool assigns by skills first (Pools tab of the Blueprint settings); after the pool's fallback wait, any agent takes it. Empty: any agent.</source>
      <translation>The skill an agent needs for this step when its pool assigns by skills first (Pools tab of the Blueprint settings); after the pool's fallback wait, any agent takes it. Empty: any agent.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="157" />
      <source>The support level of this step (1, 2, 3…), used for escalation rates per level. Empty: none.</source>
      <translation>The support level of this step (1, 2, 3…), used for escalation rates per level. Empty: none.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="243" />
      <source>The system (automation)</source>
      <translation>The system (automation)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="202" />
      <source>The text of the note; notes are not part of the ticket flow.</source>
      <translation>The text of the note; notes are not part of the ticket flow.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="95" />
      <source>The time between two arrivals as a distribution, in minutes; replaces the arrival rate when set.</source>
      <translation>The time between two arrivals as a distribution, in minutes; replaces the arrival rate when set.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="108" />
      <location filename="../../canvas/properties/labels.py" line="205" />
      <source>The words written on the link (e.g. Yes, Complex).</source>
      <translation>The words written on the link (e.g. Yes, Complex).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="102" />
      <source>This intake's own shares of a list field's values, in percent, in place of the field's overall shares (e.g. more feature requests by the portal).</source>
      <translation>This intake's own shares of a list field's values, in percent, in place of the field's overall shares (e.g. more feature requests by the portal).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="399" />
      <source>This lane has its own pool of agents</source>
      <translation>This lane has its own pool of agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="47" />
      <source>This share of tickets, in percent, takes this branch.</source>
      <translation>This share of tickets, in percent, takes this branch.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="56" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="263" />
      <source>Ticket card</source>
      <translation>Ticket card</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="99" />
      <source>Ticket field values every ticket arriving here gets (e.g. Channel: phone).</source>
      <translation>Ticket field values every ticket arriving here gets (e.g. Channel: phone).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="215" />
      <source>Ticket fields that must be filled in to pass along this link.</source>
      <translation>Ticket fields that must be filled in to pass along this link.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="167" />
      <source>Ticket fields the agent must fill in before the ticket leaves this step.</source>
      <translation>Ticket fields the agent must fill in before the ticket leaves this step.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="87" />
      <source>Tickets arriving per hour, on average (random arrivals, Poisson). Unit: tickets per hour.</source>
      <translation>Tickets arriving per hour, on average (random arrivals, Poisson). Unit: tickets per hour.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="45" />
      <source>Tickets per hour arriving in each hour of the week</source>
      <translation>Tickets per hour arriving in each hour of the week</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="209" />
      <source>Tickets that match no other branch take this one (“otherwise”).</source>
      <translation>Tickets that match no other branch take this one (“otherwise”).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="48" />
      <source>Tickets that no other branch takes go this way.</source>
      <translation>Tickets that no other branch takes go this way.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="46" />
      <source>Tickets whose fields hold the condition take this branch.</source>
      <translation>Tickets whose fields hold the condition take this branch.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="27" />
      <source>Time between arrivals (minutes)</source>
      <translation>Time between arrivals (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="33" />
      <source>Time limit (minutes)</source>
      <translation>Time limit (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="50" />
      <source>Timeout (minutes)</source>
      <translation>Timeout (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="18" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="59" />
      <source>To node</source>
      <translation>To node</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="36" />
      <source>Triangular</source>
      <translation>Triangular</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="54" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="35" />
      <source>Uniform</source>
      <translation>Uniform</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="43" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="55" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="26" />
      <source>Weekly arrival rates</source>
      <translation>Weekly arrival rates</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="191" />
      <source>What a ticket needs to take this branch (Priority is P1 or P2); branches are tried in order.</source>
      <translation>What a ticket needs to take this branch (Priority is P1 or P2); branches are tried in order.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="140" />
      <source>What happens as the time limit runs: a warning at a share of it, then a role notified, the priority raised, and tickets in service sent to the escalation target too.</source>
      <translation>What happens as the time limit runs: a warning at a share of it, then a role notified, the priority raised, and tickets in service sent to the escalation target too.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="218" />
      <source>What happens automatically when a ticket passes along this link.</source>
      <translation>What happens automatically when a ticket passes along this link.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="170" />
      <source>What happens by itself when the step ends: set a field, send a response, notify, re-assign.</source>
      <translation>What happens by itself when the step ends: set a field, send a response, notify, re-assign.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="199" />
      <source>What the customer sees or receives (e.g. the confirmation e-mail).</source>
      <translation>What the customer sees or receives (e.g. the confirmation e-mail).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="73" />
      <source>What the lane holds (customer, frontstage, backstage, support…); the dashed lines follow from it.</source>
      <translation>What the lane holds (customer, frontstage, backstage, support…); the dashed lines follow from it.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="296" />
      <source>When set, tickets whose fields hold it are satisfied, instead of the probability.</source>
      <translation>When set, tickets whose fields hold it are satisfied, instead of the probability.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="123" />
      <source>When this condition holds, the step takes the duration below</source>
      <translation>When this condition holds, the step takes the duration below</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="40" />
      <source>When…</source>
      <translation>When…</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="122" />
      <source>Where a ticket goes when its time limit passes while it still waits in the queue.</source>
      <translation>Where a ticket goes when its time limit passes while it still waits in the queue.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="184" />
      <source>Where the ticket goes when the customer has not replied in time.</source>
      <translation>Where the ticket goes when the customer has not replied in time.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="62" />
      <source>Whether this shift works on this weekday</source>
      <translation>Whether this shift works on this weekday</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="154" />
      <source>While a ticket is here (waiting for the customer), its SLA clocks do not run.</source>
      <translation>While a ticket is here (waiting for the customer), its SLA clocks do not run.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="221" />
      <source>Who does this step: an agent (queue, cost), the system (no queue, no cost) or the customer.</source>
      <translation>Who does this step: an agent (queue, cost), the system (no queue, no cost) or the customer.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="260" />
      <source>Who is notified</source>
      <translation>Who is notified</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="242" />
      <source>Why tickets are transferred; the results count transfers per reason</source>
      <translation>Why tickets are transferred; the results count transfers per reason</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="21" />
      <source>Width</source>
      <translation>Width</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="78" />
      <source>Width on the canvas, in points (1/72 inch at 100 % zoom).</source>
      <translation>Width on the canvas, in points (1/72 inch at 100 % zoom).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="351" />
      <source>Write a condition, or choose another rule.</source>
      <translation>Write a condition, or choose another rule.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="66" />
      <source>from </source>
      <translation>from </translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="191" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="90" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="67" />
      <source>to </source>
      <translation>to </translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="89" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="275" />
      <source>{kind} (lane {number}, untitled)</source>
      <translation>{kind} (lane {number}, untitled)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="274" />
      <source>{kind} {number} (untitled)</source>
      <translation>{kind} {number} (untitled)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="280" />
      <source>{kind} {number} · untitled</source>
      <translation>{kind} {number} · untitled</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="279" />
      <source>{kind} · {name}</source>
      <translation>{kind} · {name}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="277" />
      <source>{source} → {target}</source>
      <translation>{source} → {target}</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/base.py" line="210" />
      <source>{where}: {message}</source>
      <translation>{where}: {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="276" />
      <source>“{title}”</source>
      <translation>“{title}”</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../canvas/properties/dock.py" line="395" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="203" />
      <source>A ticket takes the first branch whose rule it meets; the default branch last.</source>
      <translation>A ticket takes the first branch whose rule it meets; the default branch last.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="201" />
      <source>Branches, in the order they are tried</source>
      <translation>Branches, in the order they are tried</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="525" />
      <source>Column {column}: {message}</source>
      <translation>Column {column}: {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="482" />
      <source>Not a valid value.</source>
      <translation>Not a valid value.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="126" />
      <source>Properties</source>
      <translation>Properties</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="171" />
      <source>Select one element to see its properties.</source>
      <translation>Select one element to see its properties.</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="../../app/files/recovery.py" line="185" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="159" />
      <source>Autosave Is Not Working</source>
      <translation>Autosave Is Not Working</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="131" />
      <source>Autosave is not working</source>
      <translation>Autosave is not working</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="133" />
      <source>Autosave is not working: {reason}</source>
      <translation>Autosave is not working: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="160" />
      <source>Autosave is not working: {reason}.</source>
      <translation>Autosave is not working: {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="147" />
      <source>Autosave works again.</source>
      <translation>Autosave works again.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="176" />
      <source>Blueprint Studio did not close properly last time. These documents had changes that were not saved. Choose what to do with each one.</source>
      <translation>Blueprint Studio did not close properly last time. These documents had changes that were not saved. Choose what to do with each one.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="273" />
      <source>Blueprint Studio starts normally; the other documents are not affected.</source>
      <translation>Blueprint Studio starts normally; the other documents are not affected.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="205" />
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="185" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="185" />
      <source>Last autosave</source>
      <translation>Last autosave</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="171" />
      <source>Recover Unsaved Work</source>
      <translation>Recover Unsaved Work</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="184" />
      <source>Recovered documents</source>
      <translation>Recovered documents</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="204" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="206" />
      <source>Restore or discard {title}</source>
      <translation>Restore or discard {title}</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="271" />
      <source>Unsaved Work Could Not Be Recovered</source>
      <translation>Unsaved Work Could Not Be Recovered</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="151" />
      <source>Unsaved changes cannot be copied to the recovery folder ({reason}), so a crash would lose them. Save your documents with File › Save, and check the folder {folder}.</source>
      <translation>Unsaved changes cannot be copied to the recovery folder ({reason}), so a crash would lose them. Save your documents with File › Save, and check the folder {folder}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="194" />
      <source>never saved</source>
      <translation>never saved</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="258" />
      <source>{count} unsaved document from the last session could not be read (“{title}”: {reason}); it was kept in {folder}.</source>
      <translation>{count} unsaved document from the last session could not be read (“{title}”: {reason}); it was kept in {folder}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="262" />
      <source>{count} unsaved documents from the last session could not be read (“{title}”: {reason}); they were kept in {folder}.</source>
      <translation>{count} unsaved documents from the last session could not be read (“{title}”: {reason}); they were kept in {folder}.</translation>
    </message>
  </context>
  <context>
    <name>Replay</name>
    <message>
      <location filename="../../app/simulation/replay.py" line="47" />
      <source>Day {day} · {weekday} {hh:02d}:{mm:02d}</source>
      <translation>Day {day} · {weekday} {hh:02d}:{mm:02d}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="36" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="32" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="37" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="38" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="35" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="33" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="34" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
  </context>
  <context>
    <name>ReplayDock</name>
    <message>
      <location filename="../../app/simulation/replay.py" line="105" />
      <source>1 day / s</source>
      <translation>1 day / s</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="73" />
      <source>Close replay</source>
      <translation>Close replay</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="77" />
      <source>Colour by:</source>
      <translation>Colour by:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="165" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="63" />
      <location filename="../../app/simulation/replay.py" line="165" />
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="75" />
      <source>Speed:</source>
      <translation>Speed:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="144" />
      <source>The replay holds the first {count} moves of the run's tickets only: later tickets are not shown, and those still under way then stop where they were.</source>
      <translation>The replay holds the first {count} moves of the run's tickets only: later tickets are not shown, and those still under way then stop where they were.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="56" />
      <source>Watch tickets</source>
      <translation>Watch tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="107" />
      <source>{h:g} h / s</source>
      <translation>{h:g} h / s</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="108" />
      <source>{m:g} min / s</source>
      <translation>{m:g} min / s</translation>
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="274" />
      <source>% of tickets</source>
      <translation>% of tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="261" />
      <location filename="../../app/simulation/results_charts.py" line="282" />
      <source>90 %</source>
      <translation>90 %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="283" />
      <source>95 %</source>
      <translation>95 %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="372" />
      <source>No step passed its time limit in these runs.</source>
      <translation>No step passed its time limit in these runs.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="356" />
      <source>No ticket waited in a queue in these runs.</source>
      <translation>No ticket waited in a queue in these runs.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="31" />
      <source>Open tickets over time</source>
      <translation>Open tickets over time</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="34" />
      <source>Queue wait per step: every ticket that left the queue, served, escalated or gone</source>
      <translation>Queue wait per step: every ticket that left the queue, served, escalated or gone</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="30" />
      <source>Resolution time against the SLA target</source>
      <translation>Resolution time against the SLA target</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="37" />
      <source>SLA breaches per step</source>
      <translation>SLA breaches per step</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="248" />
      <location filename="../../app/simulation/results_charts.py" line="294" />
      <source>SLA {name}</source>
      <translation>SLA {name}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="33" />
      <source>Time in each step, per ticket</source>
      <translation>Time in each step, per ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="32" />
      <source>Utilisation per pool</source>
      <translation>Utilisation per pool</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="312" />
      <source>days</source>
      <translation>days</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="298" />
      <source>hours</source>
      <translation>hours</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="284" />
      <source>longest</source>
      <translation>longest</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="260" />
      <location filename="../../app/simulation/results_charts.py" line="280" />
      <source>mean</source>
      <translation>mean</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="281" />
      <location filename="../../export/strings.py" line="134" />
      <source>median</source>
      <translation>median</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="358" />
      <source>minutes of queue wait, mean</source>
      <translation>minutes of queue wait, mean</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="341" />
      <source>minutes per ticket</source>
      <translation>minutes per ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="313" />
      <source>open tickets</source>
      <translation>open tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="275" />
      <source>resolution time (log scale)</source>
      <translation>resolution time (log scale)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="374" />
      <source>time-limit breaches per run</source>
      <translation>time-limit breaches per run</translation>
    </message>
  </context>
  <context>
    <name>ResultsDock</name>
    <message>
      <location filename="../../app/simulation/results.py" line="175" />
      <location filename="../../app/simulation/results.py" line="595" />
      <source>95 % CI high</source>
      <translation>95 % CI high</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="174" />
      <location filename="../../app/simulation/results.py" line="594" />
      <source>95 % CI low</source>
      <translation>95 % CI low</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="180" />
      <source>All KPIs</source>
      <translation>All KPIs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="208" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="212" />
      <location filename="../../export/strings.py" line="174" />
      <source>Breaches</source>
      <translation>Breaches</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="221" />
      <source>Chart</source>
      <translation>Chart</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="234" />
      <source>Copy KPI table</source>
      <translation>Copy KPI table</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="223" />
      <source>Copy chart</source>
      <translation>Copy chart</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="319" />
      <location filename="../../export/strings.py" line="75" />
      <source>Default settings</source>
      <translation>Default settings</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="243" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="246" />
      <source>Export event log…</source>
      <translation>Export event log…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="245" />
      <source>Export results…</source>
      <translation>Export results…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="249" />
      <source>Export simulation report (PDF)…</source>
      <translation>Export simulation report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="172" />
      <location filename="../../app/simulation/results.py" line="592" />
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="232" />
      <source>KPI table</source>
      <translation>KPI table</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="173" />
      <location filename="../../app/simulation/results.py" line="593" />
      <location filename="../../export/strings.py" line="114" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="281" />
      <source>No blueprint is open.</source>
      <translation>No blueprint is open.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="279" />
      <source>No simulation run for {title} yet.</source>
      <translation>No simulation run for {title} yet.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="211" />
      <source>Queue waits</source>
      <translation>Queue waits</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="176" />
      <location filename="../../app/simulation/results.py" line="596" />
      <location filename="../../export/strings.py" line="107" />
      <source>Replications</source>
      <translation>Replications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="207" />
      <source>Resolution</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="374" />
      <source>Run before your last edit: these figures may no longer match the drawing.</source>
      <translation>Run before your last edit: these figures may no longer match the drawing.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="377" />
      <source>Run before your last {n} edits: these figures may no longer match the drawing.</source>
      <translation>Run before your last {n} edits: these figures may no longer match the drawing.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="145" />
      <source>Run simulation</source>
      <translation>Run simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="147" />
      <source>Run the chosen scenario of this blueprint (Ctrl+R)</source>
      <translation>Run the chosen scenario of this blueprint (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="629" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="237" />
      <source>Save KPI table as CSV…</source>
      <translation>Save KPI table as CSV…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="226" />
      <source>Save chart as PNG…</source>
      <translation>Save chart as PNG…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="437" />
      <source>Simulated mean resolution: {simulated}.</source>
      <translation>Simulated mean resolution: {simulated}.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="89" />
      <source>Simulation results</source>
      <translation>Simulation results</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="210" />
      <source>Time in steps</source>
      <translation>Time in steps</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="372" />
      <source>Up to date with the drawing.</source>
      <translation>Up to date with the drawing.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="209" />
      <source>Utilisation</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="454" />
      <source>Utilisation: {pool}</source>
      <translation>Utilisation: {pool}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="647" />
      <source>earlier</source>
      <translation>earlier</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="653" />
      <source>on {date} at {time}</source>
      <translation>on {date} at {time}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="652" />
      <source>today at {time}</source>
      <translation>today at {time}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="494" />
      <location filename="../../app/simulation/results.py" line="503" />
      <location filename="../../app/simulation/results.py" line="522" />
      <location filename="../../app/simulation/results.py" line="539" />
      <location filename="../../app/simulation/results.py" line="563" />
      <source>{figure} — {value}</source>
      <translation>{figure} — {value}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="328" />
      <source>{runs} replication, run {when}</source>
      <translation>{runs} replication, run {when}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="329" />
      <source>{runs} replications, run {when}</source>
      <translation>{runs} replications, run {when}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="321" />
      <source>{title} — {scenario}</source>
      <translation>{title} — {scenario}</translation>
    </message>
  </context>
  <context>
    <name>RunStatus</name>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="91" />
      <source>No ticket arrived during the run. Check the arrival rates of the intakes, or use a longer horizon.</source>
      <translation>No ticket arrived during the run. Check the arrival rates of the intakes, or use a longer horizon.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="87" />
      <source>No ticket was measured: every ticket arrived during the warm-up ({warmup}). Use a shorter warm-up or a longer horizon.</source>
      <translation>No ticket was measured: every ticket arrived during the warm-up ({warmup}). Use a shorter warm-up or a longer horizon.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="84" />
      <location filename="../../export/strings.py" line="100" />
      <source>Unfinished: {open} tickets never reached an end ({time} of simulated time).</source>
      <translation>Unfinished: {open} tickets never reached an end ({time} of simulated time).</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="72" />
      <location filename="../../export/strings.py" line="85" />
      <source>Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never leaves. The run was stopped after {time} of simulated time.</source>
      <translation>Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never leaves. The run was stopped after {time} of simulated time.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="80" />
      <location filename="../../export/strings.py" line="95" />
      <source>Unstable: more than {limit} events were waiting to happen. The run was stopped after {time} of simulated time.</source>
      <translation>Unstable: more than {limit} events were waiting to happen. The run was stopped after {time} of simulated time.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="76" />
      <location filename="../../export/strings.py" line="90" />
      <source>Unstable: more than {limit} tickets were open at once. The run was stopped after {time} of simulated time.</source>
      <translation>Unstable: more than {limit} tickets were open at once. The run was stopped after {time} of simulated time.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="68" />
      <source>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time. Add agents or lower the arrivals.</source>
      <translation>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time. Add agents or lower the arrivals.</translation>
    </message>
  </context>
  <context>
    <name>ScenarioForm</name>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="102" />
      <location filename="../../app/simulation/scenario_form.py" line="124" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="113" />
      <source>A dated run: it starts at 00:00 on the Monday of this date's week, and the public holidays of the SLA calendars stop their clocks on those days. Unticked, the run is weeks without dates: no holiday counts.</source>
      <translation>A dated run: it starts at 00:00 on the Monday of this date's week, and the public holidays of the SLA calendars stop their clocks on those days. Unticked, the run is weeks without dates: no holiday counts.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="131" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="152" />
      <source>Agents per pool (shifts: weekdays 1-7, hours, agents)</source>
      <translation>Agents per pool (shifts: weekdays 1-7, hours, agents)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="147" />
      <source>Arrival multiplier</source>
      <translation>Arrival multiplier</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="143" />
      <source>Calendar dates</source>
      <translation>Calendar dates</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="100" />
      <source>Days of simulated time</source>
      <translation>Days of simulated time</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="136" />
      <source>First response (h)</source>
      <translation>First response (h)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="108" />
      <source>From the week of</source>
      <translation>From the week of</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="141" />
      <source>Horizon</source>
      <translation>Horizon</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="139" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="100" />
      <source>Number of tickets</source>
      <translation>Number of tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="133" />
      <source>Override the SLA targets</source>
      <translation>Override the SLA targets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="131" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="145" />
      <source>Replications</source>
      <translation>Replications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="136" />
      <source>Resolution (h)</source>
      <translation>Resolution (h)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="140" />
      <source>Run length</source>
      <translation>Run length</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="136" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="146" />
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="131" />
      <source>Shifts</source>
      <translation>Shifts</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="162" />
      <source>The escalation ladder of the SLA policy selected above</source>
      <translation>The escalation ladder of the SLA policy selected above</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="142" />
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="106" />
      <source>Tickets measured: those arriving after the warm-up; the run then lets them reach an end</source>
      <translation>Tickets measured: those arriving after the warm-up; the run then lets them reach an end</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="144" />
      <source>Warm-up</source>
      <translation>Warm-up</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="34" />
      <source>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</source>
      <translation>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</translation>
    </message>
  </context>
  <context>
    <name>Scenarios</name>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="46" />
      <source>Change scenario</source>
      <translation>Change scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="62" />
      <source>Delete scenario</source>
      <translation>Delete scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="58" />
      <source>Duplicate scenario</source>
      <translation>Duplicate scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="27" />
      <location filename="../../canvas/commands/scenarios.py" line="28" />
      <source>New scenario</source>
      <translation>New scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="32" />
      <source>Rename scenario</source>
      <translation>Rename scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="56" />
      <source>{name} (copy)</source>
      <translation>{name} (copy)</translation>
    </message>
  </context>
  <context>
    <name>ScenariosDock</name>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="47" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="45" />
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="150" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="44" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="150" />
      <source>Rename scenario</source>
      <translation>Rename scenario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="46" />
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="34" />
      <source>Scenarios</source>
      <translation>Scenarios</translation>
    </message>
  </context>
  <context>
    <name>SettingsCommands</name>
    <message>
      <location filename="../../canvas/commands/settings.py" line="105" />
      <source>Change document settings</source>
      <translation>Change document settings</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/settings.py" line="180" />
      <source>Rename field</source>
      <translation>Rename field</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/settings.py" line="186" />
      <source>Rename value</source>
      <translation>Rename value</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/settings.py" line="128" />
      <source>“{key}” is already used</source>
      <translation>“{key}” is already used</translation>
    </message>
  </context>
  <context>
    <name>ShiftGrid</name>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="445" />
      <source>&amp;Paint:</source>
      <translation>&amp;Paint:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="163" />
      <source>Agents on duty for each half hour of the week. Drag to paint the number chosen in 'Paint'; right-drag or 0 erases, Escape cancels. Arrows move, Shift+arrows select, digits set, Space paints the number of 'Paint', Delete erases.</source>
      <translation>Agents on duty for each half hour of the week. Drag to paint the number chosen in 'Paint'; right-drag or 0 erases, Escape cancels. Arrows move, Shift+arrows select, digits set, Space paints the number of 'Paint', Delete erases.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="433" />
      <source>Clear week</source>
      <translation>Clear week</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="427" />
      <source>Copy day to weekdays</source>
      <translation>Copy day to weekdays</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="430" />
      <source>Copy the hours of the selected day (the row of the cursor) to Monday to Friday</source>
      <translation>Copy the hours of the selected day (the row of the cursor) to Monday to Friday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="435" />
      <source>Erase every shift: the pool's agents are then on duty around the clock</source>
      <translation>Erase every shift: the pool's agents are then on duty around the clock</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="48" />
      <source>Friday</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="44" />
      <source>Monday</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="491" />
      <source>No shifts: {agents} on duty around the clock ({hours} agent-hours per week). Paint the hours on duty to plan shifts.</source>
      <translation>No shifts: {agents} on duty around the clock ({hours} agent-hours per week). Paint the hours on duty to plan shifts.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="425" />
      <source>Number of agents on duty that dragging on the grid paints (0 erases)</source>
      <translation>Number of agents on duty that dragging on the grid paints (0 erases)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="49" />
      <source>Saturday</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="441" />
      <source>Shifts: agents on duty per half hour</source>
      <translation>Shifts: agents on duty per half hour</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="503" />
      <source>Some shifts did not start or end on the half hour: the grid rounds them.</source>
      <translation>Some shifts did not start or end on the half hour: the grid rounds them.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="50" />
      <source>Sunday</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="500" />
      <source>That is more than the pool's head count ({agents}).</source>
      <translation>That is more than the pool's head count ({agents}).</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="47" />
      <source>Thursday</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="45" />
      <source>Tuesday</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="46" />
      <source>Wednesday</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="160" />
      <source>Weekly shifts</source>
      <translation>Weekly shifts</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="449" />
      <source>agents</source>
      <translation>agents</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="351" />
      <source>{day} {start}–{end}: {agents} on duty</source>
      <translation>{day} {start}–{end}: {agents} on duty</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="496" />
      <source>{hours} agent-hours per week; at most {peak} on duty at once.</source>
      <translation>{hours} agent-hours per week; at most {peak} on duty at once.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="123" />
      <source>{hour}:{minute:02d}</source>
      <translation>{hour}:{minute:02d}</translation>
    </message>
  </context>
  <context>
    <name>SimulateCommand</name>
    <message>
      <location filename="../../app/cli/simulate.py" line="40" />
      <source>Horizon {horizon}, warm-up: {warmup}</source>
      <translation>Horizon {horizon}, warm-up: {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="52" />
      <source>The simulation could not be computed: {reason}. Check the durations and rates of the blueprint.</source>
      <translation>The simulation could not be computed: {reason}. Check the durations and rates of the blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="47" />
      <source>This run would cost about {steps} ticket steps ({tickets} × {nodes} × {replications}), more than the {limit} run without --force. Ask for fewer tickets, a shorter horizon or fewer replications, or add --force.</source>
      <translation>This run would cost about {steps} ticket steps ({tickets} × {nodes} × {replications}), more than the {limit} run without --force. Ask for fewer tickets, a shorter horizon or fewer replications, or add --force.</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="57" />
      <location filename="../../app/shell/workers.py" line="401" />
      <source>a number too large</source>
      <translation>a number too large</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="58" />
      <source>cannot write the event log “{name}”: {reason}</source>
      <translation>cannot write the event log “{name}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="39" />
      <source>default settings</source>
      <translation>default settings</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="46" />
      <source>event loop: Python (slower)</source>
      <translation>event loop: Python (slower)</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="45" />
      <source>event loop: compiled</source>
      <translation>event loop: compiled</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="51" />
      <source>no warm-up</source>
      <translation>no warm-up</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="56" />
      <location filename="../../app/shell/workers.py" line="399" />
      <source>not enough memory</source>
      <translation>not enough memory</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="44" />
      <source>{tickets} new contact measured, warm-up: {warmup}</source>
      <translation>{tickets} new contact measured, warm-up: {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="43" />
      <source>{tickets} new contacts measured, warm-up: {warmup}</source>
      <translation>{tickets} new contacts measured, warm-up: {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="36" />
      <source>{title} — scenario {scenario}, {replications}, seed {seed}</source>
      <translation>{title} — scenario {scenario}, {replications}, seed {seed}</translation>
    </message>
  </context>
  <context>
    <name>Simulation</name>
    <message>
      <location filename="../../app/simulation/panel.py" line="70" />
      <source>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</source>
      <translation>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="48" />
      <source>Change in mean wait (B − A)</source>
      <translation>Change in mean wait (B − A)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="49" />
      <source>Difference of the comparison</source>
      <translation>Difference of the comparison</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="46" />
      <location filename="../../canvas/overlays/heatmap.py" line="45" />
      <source>Mean wait</source>
      <translation>Mean wait</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="45" />
      <source>Off</source>
      <translation>Off</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="65" />
      <source>Quick estimate ({kind}): {time} in the system per ticket</source>
      <translation>Quick estimate ({kind}): {time} in the system per ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="60" />
      <source>Quick estimate: not available.</source>
      <translation>Quick estimate: not available.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="63" />
      <source>Quick estimate: not possible here, because {reason}.</source>
      <translation>Quick estimate: not possible here, because {reason}.</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/legend.py" line="54" />
      <source>Results out of date: the drawing changed since this run.</source>
      <translation>Results out of date: the drawing changed since this run.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="48" />
      <location filename="../../canvas/overlays/heatmap.py" line="47" />
      <source>SLA breaches</source>
      <translation>SLA breaches</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="47" />
      <source>Utilisation</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="46" />
      <source>Utilisation of the pool</source>
      <translation>Utilisation of the pool</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="34" />
      <source>a condition reads a number or text field</source>
      <translation>a condition reads a number or text field</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="32" />
      <source>a customer wait has a timeout</source>
      <translation>a customer wait has a timeout</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="40" />
      <source>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</source>
      <translation>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="35" />
      <source>a rule reads number or text fields</source>
      <translation>a rule reads number or text fields</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="30" />
      <source>a step escalates on a time limit</source>
      <translation>a step escalates on a time limit</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="83" />
      <source>about {m:.0f} min left</source>
      <translation>about {m:.0f} min left</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="82" />
      <source>about {s:.0f} s left</source>
      <translation>about {s:.0f} s left</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="66" />
      <source>approximate</source>
      <translation>approximate</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="27" />
      <source>arrivals follow a weekly schedule</source>
      <translation>arrivals follow a weekly schedule</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="33" />
      <source>conditions and probabilities are mixed on a node</source>
      <translation>conditions and probabilities are mixed on a node</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="28" />
      <source>customers abandon the queue</source>
      <translation>customers abandon the queue</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="80" />
      <source>estimating the time left…</source>
      <translation>estimating the time left…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="66" />
      <source>exact</source>
      <translation>exact</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="39" />
      <source>no tickets arrive</source>
      <translation>no tickets arrive</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="37" />
      <source>some tickets find no way out</source>
      <translation>some tickets find no way out</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="29" />
      <source>the number of agents changes over the week</source>
      <translation>the number of agents changes over the week</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="31" />
      <source>tickets are re-assigned to another pool</source>
      <translation>tickets are re-assigned to another pool</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="38" />
      <source>tickets loop without end</source>
      <translation>tickets loop without end</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="36" />
      <source>too many kinds of tickets</source>
      <translation>too many kinds of tickets</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="295" />
      <source>{n} tickets</source>
      <translation>{n} tickets</translation>
    </message>
  </context>
  <context>
    <name>SimulationPanel</name>
    <message>
      <location filename="../../app/simulation/panel.py" line="101" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="143" />
      <source>Default settings (30 days, 1 run)</source>
      <translation>Default settings (30 days, 1 run)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="118" />
      <source>Heat map:</source>
      <translation>Heat map:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="169" />
      <source>Quick estimate: computing…</source>
      <translation>Quick estimate: computing…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="99" />
      <source>Run</source>
      <translation>Run</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="92" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="173" />
      <source>The blueprint has errors; fix them before running:</source>
      <translation>The blueprint has errors; fix them before running:</translation>
    </message>
  </context>
  <context>
    <name>SimulationWorkspace</name>
    <message>
      <location filename="../../app/simulation/workspace.py" line="133" />
      <source>&amp;Cancel simulation</source>
      <translation>&amp;Cancel simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="136" />
      <source>&amp;Export results…</source>
      <translation>&amp;Export results…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="132" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Run simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="176" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="140" />
      <source>&amp;Staffing finder and sweeps…</source>
      <translation>&amp;Staffing finder and sweeps…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="135" />
      <source>&amp;Watch tickets</source>
      <translation>&amp;Watch tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="556" />
      <source>CSV (*.csv);;XES (*.xes)</source>
      <translation>CSV (*.csv);;XES (*.xes)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="134" />
      <source>Co&amp;mpare scenarios…</source>
      <translation>Co&amp;mpare scenarios…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="137" />
      <source>Export event &amp;log…</source>
      <translation>Export event &amp;log…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="556" />
      <source>Export event log</source>
      <translation>Export event log</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="396" />
      <location filename="../../app/simulation/workspace.py" line="397" />
      <source>Export finished.</source>
      <translation>Export finished.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="542" />
      <source>Export results</source>
      <translation>Export results</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="138" />
      <source>Export simulation &amp;report (PDF)…</source>
      <translation>Export simulation &amp;report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="566" />
      <source>Export simulation report</source>
      <translation>Export simulation report</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="542" />
      <source>JSON (*.json);;CSV (*.csv)</source>
      <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="566" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="156" />
      <source>Run the chosen scenario in the background ({shortcut})</source>
      <translation>Run the chosen scenario in the background ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="192" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="490" />
      <source>Simulation cancelled.</source>
      <translation>Simulation cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="408" />
      <source>Simulation of {title} finished.</source>
      <translation>Simulation of {title} finished.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="139" />
      <source>Staffing &amp;targets…</source>
      <translation>Staffing &amp;targets…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="386" />
      <source>The blueprint has errors: it cannot run.</source>
      <translation>The blueprint has errors: it cannot run.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="472" />
      <source>The simulation failed: {error}</source>
      <translation>The simulation failed: {error}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="615" />
      <source>this blueprint</source>
      <translation>this blueprint</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="480" />
      <source>{name} could not be written: {reason}</source>
      <translation>{name} could not be written: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="448" />
      <source>{title}
mean wait {wait}
pool utilisation {util}
SLA breaches {breaches}
tickets per run {visits:.0f}
mean queue {queue:.1f}</source>
      <translation>{title}
mean wait {wait}
pool utilisation {util}
SLA breaches {breaches}
tickets per run {visits:.0f}
mean queue {queue:.1f}</translation>
    </message>
  </context>
  <context>
    <name>SlaTab</name>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="253" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="331" />
      <source>(unnamed calendar)</source>
      <translation>(unnamed calendar)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="293" />
      <source>(unnamed policy)</source>
      <translation>(unnamed policy)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="162" />
      <source>A ticket gets the first policy that matches it: put the most specific first.</source>
      <translation>A ticket gets the first policy that matches it: put the most specific first.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="169" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="443" />
      <source>Add SLA policy</source>
      <translation>Add SLA policy</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="169" />
      <source>Add a policy for every ticket: 4 h first response</source>
      <translation>Add a policy for every ticket: 4 h first response</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="367" />
      <source>Another policy is called “{name}”.</source>
      <translation>Another policy is called “{name}”.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="382" />
      <source>Change SLA target</source>
      <translation>Change SLA target</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="375" />
      <source>Change which tickets an SLA policy covers</source>
      <translation>Change which tickets an SLA policy covers</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="414" />
      <source>Choose SLA calendar</source>
      <translation>Choose SLA calendar</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="403" />
      <source>Count business hours</source>
      <translation>Count business hours</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="235" />
      <source>Count business hours only</source>
      <translation>Count business hours only</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="226" />
      <source>First response within</source>
      <translation>First response within</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="367" />
      <source>Give the policy a name.</source>
      <translation>Give the policy a name.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="172" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="171" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="423" />
      <source>New calendar for an SLA policy</source>
      <translation>New calendar for an SLA policy</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="332" />
      <source>New calendar…</source>
      <translation>New calendar…</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="441" />
      <source>New policy</source>
      <translation>New policy</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="441" />
      <source>New policy {n}</source>
      <translation>New policy {n}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="434" />
      <source>Pause SLA clocks in “{node}”</source>
      <translation>Pause SLA clocks in “{node}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="170" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="453" />
      <source>Remove SLA policy “{name}”</source>
      <translation>Remove SLA policy “{name}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="170" />
      <source>Remove the selected policy</source>
      <translation>Remove the selected policy</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="370" />
      <source>Rename SLA policy</source>
      <translation>Rename SLA policy</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="464" />
      <source>Reorder SLA policies</source>
      <translation>Reorder SLA policies</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="231" />
      <source>Resolved within</source>
      <translation>Resolved within</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="434" />
      <source>Run SLA clocks in “{node}”</source>
      <translation>Run SLA clocks in “{node}”</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="199" />
      <source>SLA policies</source>
      <translation>SLA policies</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="166" />
      <source>SLA policies in the order they are tried</source>
      <translation>SLA policies in the order they are tried</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="264" />
      <source>Steps and waits that pause the clock (for every policy)</source>
      <translation>Steps and waits that pause the clock (for every policy)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="259" />
      <source>Targets</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="242" />
      <source>The calendar whose opening hours the clock counts</source>
      <translation>The calendar whose opening hours the clock counts</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="238" />
      <source>The clock runs only while the calendar is open (not at night, weekends, holidays)</source>
      <translation>The clock runs only while the calendar is open (not at night, weekends, holidays)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="220" />
      <source>The policy's name, as reports show it</source>
      <translation>The policy's name, as reports show it</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="91" />
      <source>The unit of the target; it is kept in minutes</source>
      <translation>The unit of the target; it is kept in minutes</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="246" />
      <source>Ticked steps and waits stop every policy's clock while a ticket is in them</source>
      <translation>Ticked steps and waits stop every policy's clock while a ticket is in them</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="227" />
      <source>Time from arrival to the end of the first step that answers the customer</source>
      <translation>Time from arrival to the end of the first step that answers the customer</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="231" />
      <source>Time from arrival to the end of the ticket (resolved or closed)</source>
      <translation>Time from arrival to the end of the ticket (resolved or closed)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="172" />
      <source>Try this policy after the one below</source>
      <translation>Try this policy after the one below</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="171" />
      <source>Try this policy before the one above</source>
      <translation>Try this policy before the one above</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="256" />
      <source>Which tickets (empty: every ticket)</source>
      <translation>Which tickets (empty: every ticket)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="116" />
      <source>business days of {hours} h</source>
      <translation>business days of {hours} h</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="118" />
      <source>days (24 h)</source>
      <translation>days (24 h)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="303" />
      <source>first response {time}</source>
      <translation>first response {time}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="113" />
      <source>hours</source>
      <translation>hours</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="112" />
      <source>minutes</source>
      <translation>minutes</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="306" />
      <source>no target</source>
      <translation>no target</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="305" />
      <source>resolution {time}</source>
      <translation>resolution {time}</translation>
    </message>
  </context>
  <context>
    <name>Staffing</name>
    <message>
      <location filename="../../model/staffing/words.py" line="91" />
      <source>90th percentile of queue wait at the slowest step</source>
      <translation>90th percentile of queue wait at the slowest step</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="30" />
      <source>90th percentile of queue wait at the slowest step: {value} (at most {limit})</source>
      <translation>90th percentile of queue wait at the slowest step: {value} (at most {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="92" />
      <source>95th percentile of queue wait at the slowest step</source>
      <translation>95th percentile of queue wait at the slowest step</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="33" />
      <source>95th percentile of queue wait at the slowest step: {value} (at most {limit})</source>
      <translation>95th percentile of queue wait at the slowest step: {value} (at most {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="27" />
      <source>Mean queue wait at the slowest step: {value} (at most {limit})</source>
      <translation>Mean queue wait at the slowest step: {value} (at most {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="40" />
      <source>The queues grew without end in {runs}: not enough agents</source>
      <translation>The queues grew without end in {runs}: not enough agents</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="39" />
      <source>Tickets abandoned: {value} (at most {limit})</source>
      <translation>Tickets abandoned: {value} (at most {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="36" />
      <source>Utilisation of the busiest pool: {value} (at most {limit})</source>
      <translation>Utilisation of the busiest pool: {value} (at most {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="21" />
      <source>arrivals × {m}</source>
      <translation>arrivals × {m}</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="23" />
      <source>as in the scenario</source>
      <translation>as in the scenario</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="49" />
      <source>cannot read “{text}”: write POOL=2..6, POOL=2,4,6 or arrivals=0.8,1,1.2</source>
      <translation>cannot read “{text}”: write POOL=2..6, POOL=2,4,6 or arrivals=0.8,1,1.2</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="90" />
      <source>mean queue wait at the slowest step</source>
      <translation>mean queue wait at the slowest step</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="43" />
      <source>met</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="44" />
      <source>missed</source>
      <translation>missed</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="52" />
      <source>no pool “{name}” in this blueprint (pools: {pools})</source>
      <translation>no pool “{name}” in this blueprint (pools: {pools})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="81" />
      <source>no step of this blueprint is done by a pool of agents</source>
      <translation>no step of this blueprint is done by a pool of agents</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="46" />
      <source>not measured: this scenario has no SLA policy of this name with a resolution target</source>
      <translation>not measured: this scenario has no SLA policy of this name with a resolution target</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="89" />
      <source>resolution SLA breaches</source>
      <translation>resolution SLA breaches</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="76" />
      <source>the blueprint sets no staffing target: give at least one (breach rate, queue wait, utilisation or abandonment)</source>
      <translation>the blueprint sets no staffing target: give at least one (breach rate, queue wait, utilisation or abandonment)</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="68" />
      <source>the checkpoint “{path}” belongs to another sweep (another document, scenario or search); name another file or delete it</source>
      <translation>the checkpoint “{path}” belongs to another sweep (another document, scenario or search); name another file or delete it</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="73" />
      <source>the checkpoint “{path}” is not a sweep checkpoint (line {line} cannot be read)</source>
      <translation>the checkpoint “{path}” is not a sweep checkpoint (line {line} cannot be read)</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="62" />
      <source>the pool “{name}” has no shift {number}: its shifts are numbered 1 to {count}</source>
      <translation>the pool “{name}” has no shift {number}: its shifts are numbered 1 to {count}</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="59" />
      <source>the pool “{name}” has no shifts: vary its agents with “{name}=2..6”</source>
      <translation>the pool “{name}” has no shifts: vary its agents with “{name}=2..6”</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="55" />
      <source>the range “{text}” is empty: write the smaller bound first and a positive step</source>
      <translation>the range “{text}” is empty: write the smaller bound first and a positive step</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="94" />
      <source>tickets abandoned</source>
      <translation>tickets abandoned</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="45" />
      <source>undecided (more replications needed)</source>
      <translation>undecided (more replications needed)</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="93" />
      <source>utilisation of the busiest pool</source>
      <translation>utilisation of the busiest pool</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="65" />
      <source>vary either the agents of “{name}” or the agents of its shifts, not both</source>
      <translation>vary either the agents of “{name}” or the agents of its shifts, not both</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="58" />
      <source>{count} variations is too many (at most {limit})</source>
      <translation>{count} variations is too many (at most {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="22" />
      <source>{name}: {counts} agents by shift</source>
      <translation>{name}: {counts} agents by shift</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="55" />
      <source>{n} agent</source>
      <translation>{n} agent</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="56" />
      <source>{n} agents</source>
      <translation>{n} agents</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="24" />
      <source>{policy}: resolution SLA breached for {value} of tickets (at most {limit})</source>
      <translation>{policy}: resolution SLA breached for {value} of tickets (at most {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="53" />
      <source>“{text}” is not a number of zero or more</source>
      <translation>“{text}” is not a number of zero or more</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="54" />
      <source>“{text}” is not a whole number of agents</source>
      <translation>“{text}” is not a whole number of agents</translation>
    </message>
  </context>
  <context>
    <name>StaffingCommand</name>
    <message>
      <location filename="../../app/cli/staffing.py" line="46" />
      <source>Busiest pool</source>
      <translation>Busiest pool</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="50" />
      <source>Cheapest plan that meets every target: {plan}, {cost} a week</source>
      <translation>Cheapest plan that meets every target: {plan}, {cost} a week</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="44" />
      <source>Cost a week</source>
      <translation>Cost a week</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="58" />
      <source>Cost against {figure} (plans no other beats on both):</source>
      <translation>Cost against {figure} (plans no other beats on both):</translation>
    </message>
    <message>
      <location filename="../../app/cli/compare.py" line="29" />
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="68" />
      <source>Interrupted. Run the same command again to resume from the checkpoint {path}.</source>
      <translation>Interrupted. Run the same command again to resume from the checkpoint {path}.</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="53" />
      <source>No plan tried meets every target. Widen the ranges with --vary, or add replications to decide the undecided ones.</source>
      <translation>No plan tried meets every target. Widen the ranges with --vary, or add replications to decide the undecided ones.</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="40" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="59" />
      <source>Plans simulated: {evaluated} of {candidates}; stopped early by their intervals or their cost: {dropped}; replications saved: {saved} of {total}.</source>
      <translation>Plans simulated: {evaluated} of {candidates}; stopped early by their intervals or their cost: {dropped}; replications saved: {saved} of {total}.</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="45" />
      <source>SLA breaches</source>
      <translation>SLA breaches</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="65" />
      <source>Table written to {path}</source>
      <translation>Table written to {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="47" />
      <source>Targets</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="49" />
      <source>all met</source>
      <translation>all met</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="67" />
      <source>cannot reach the Dask scheduler at {address}: {reason}</source>
      <translation>cannot reach the Dask scheduler at {address}: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="71" />
      <source>cannot read the target “{text}”: write breach:POLICY=5%, wait=30m, wait.p90=2h, utilisation=85% or abandonment=2%</source>
      <translation>cannot read the target “{text}”: write breach:POLICY=5%, wait=30m, wait.p90=2h, utilisation=85% or abandonment=2%</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="66" />
      <source>cannot write “{name}”: {reason}</source>
      <translation>cannot write “{name}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/compare.py" line="31" />
      <source>compare needs two scenarios: --scenario A --scenario B</source>
      <translation>compare needs two scenarios: --scenario A --scenario B</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="76" />
      <source>no SLA policy “{name}” in this blueprint (policies: {policies})</source>
      <translation>no SLA policy “{name}” in this blueprint (policies: {policies})</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="48" />
      <source>no target set</source>
      <translation>no target set</translation>
    </message>
    <message>
      <location filename="../../app/cli/compare.py" line="30" />
      <source>real difference</source>
      <translation>real difference</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="41" />
      <source>sweep needs what to vary: --vary POOL=2..6, or plans with --plan</source>
      <translation>sweep needs what to vary: --vary POOL=2..6, or plans with --plan</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="64" />
      <source>{pool}: {low} to {high} agents tried</source>
      <translation>{pool}: {low} to {high} agents tried</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="36" />
      <source>{title} — scenario “{scenario}”: {candidates}, {replications} each</source>
      <translation>{title} — scenario “{scenario}”: {candidates}, {replications} each</translation>
    </message>
    <message>
      <location filename="../../app/cli/compare.py" line="26" />
      <source>{title} — “{a}” against “{b}”, {replications}, seed {seed}</source>
      <translation>{title} — “{a}” against “{b}”, {replications}, seed {seed}</translation>
    </message>
  </context>
  <context>
    <name>StaffingDock</name>
    <message>
      <location filename="../../app/simulation/staffing.py" line="110" />
      <source>&amp;Arrivals ×:</source>
      <translation>&amp;Arrivals ×:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="127" />
      <source>&amp;Find staffing</source>
      <translation>&amp;Find staffing</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="100" />
      <source>&amp;Scenario:</source>
      <translation>&amp;Scenario:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="200" />
      <source>Agents at the busiest hour; the week keeps its shape</source>
      <translation>Agents at the busiest hour; the week keeps its shape</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="119" />
      <source>Agents per pool to try: a range (3..6) or a list (3, 5, 8); empty: as the scenario</source>
      <translation>Agents per pool to try: a range (3..6) or a list (3, 5, 8); empty: as the scenario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="114" />
      <source>Agents to try</source>
      <translation>Agents to try</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="106" />
      <source>Arrival multipliers to try, times the scenario's own arrivals: a list (0.8, 1, 1.2) or a range with a step (0.8..1.2:0.1)</source>
      <translation>Arrival multipliers to try, times the scenario's own arrivals: a list (0.8, 1, 1.2) or a range with a step (0.8..1.2:0.1)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="394" />
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="132" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="345" />
      <source>Cancelled.</source>
      <translation>Cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="329" />
      <source>Cannot reach the Dask scheduler at {address}. Check that it runs and the address in Preferences, or empty the address to run on this machine.</source>
      <translation>Cannot reach the Dask scheduler at {address}. Check that it runs and the address in Preferences, or empty the address to run on this machine.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="192" />
      <location filename="../../app/simulation/staffing.py" line="377" />
      <source>Default settings</source>
      <translation>Default settings</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="392" />
      <source>Export sweep results</source>
      <translation>Export sweep results</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="394" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="380" />
      <source>Open as scenario</source>
      <translation>Open as scenario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="114" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="410" />
      <source>Results written to {path}.</source>
      <translation>Results written to {path}.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="124" />
      <source>Run s&amp;weep</source>
      <translation>Run s&amp;weep</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="276" />
      <source>Running the sweep on {where}…</source>
      <translation>Running the sweep on {where}…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="252" />
      <source>Say what to vary: arrival multipliers or agents for a pool.</source>
      <translation>Say what to vary: arrival multipliers or agents for a pool.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="130" />
      <source>Search the cheapest number of agents per pool that meets every staffing target</source>
      <translation>Search the cheapest number of agents per pool that meets every staffing target</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="274" />
      <source>Searching the staffing on {where}…</source>
      <translation>Searching the staffing on {where}…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="126" />
      <source>Simulate every combination of the values above</source>
      <translation>Simulate every combination of the values above</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="67" />
      <source>Staffing and sweeps</source>
      <translation>Staffing and sweeps</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="312" />
      <source>Staffing search finished.</source>
      <translation>Staffing search finished.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="312" />
      <source>Sweep finished.</source>
      <translation>Sweep finished.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="325" />
      <source>The blueprint has errors: it cannot run. See the Diagnostics panel.</source>
      <translation>The blueprint has errors: it cannot run. See the Diagnostics panel.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="99" />
      <source>The scenario whose settings every candidate starts from</source>
      <translation>The scenario whose settings every candidate starts from</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="339" />
      <source>The sweep failed: {error}</source>
      <translation>The sweep failed: {error}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="103" />
      <source>e.g. 0.8, 1, 1.2</source>
      <translation>e.g. 0.8, 1, 1.2</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="271" />
      <source>this machine</source>
      <translation>this machine</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="202" />
      <source>{pool}, shift {number}: {shift}</source>
      <translation>{pool}, shift {number}: {shift}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="382" />
      <source>“{name}” added to the scenarios.</source>
      <translation>“{name}” added to the scenarios.</translation>
    </message>
  </context>
  <context>
    <name>StaffingResults</name>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="131" />
      <source>&amp;Open as scenario</source>
      <translation>&amp;Open as scenario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="134" />
      <source>Add the selected plan to the document's scenarios (Enter or double-click)</source>
      <translation>Add the selected plan to the document's scenarios (Enter or double-click)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="258" />
      <source>Computed before your last edit.</source>
      <translation>Computed before your last edit.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="260" />
      <source>Computed before your last {count} edits.</source>
      <translation>Computed before your last {count} edits.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>Cost per week</source>
      <translation>Cost per week</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="329" />
      <source>Cost per week ({currency})</source>
      <translation>Cost per week ({currency})</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="312" />
      <source>Cost: {cost} per week.</source>
      <translation>Cost: {cost} per week.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="136" />
      <source>E&amp;xport…</source>
      <translation>E&amp;xport…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="76" />
      <source>Met</source>
      <translation>Met</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="76" />
      <source>Missed</source>
      <translation>Missed</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="307" />
      <source>No plan met every target within the range searched.</source>
      <translation>No plan met every target within the range searched.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="205" />
      <source>No sweep yet. Say what to vary and run a sweep, or set staffing targets and let the finder search the cheapest plan that meets them.</source>
      <translation>No sweep yet. Say what to vary and run a sweep, or set staffing targets and let the finder search the cheapest plan that meets them.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="284" />
      <source>No target set</source>
      <translation>No target set</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="302" />
      <source>Plans settled early, before all their replications: {dropped} of {candidates}; replications not run: {saved}.</source>
      <translation>Plans settled early, before all their replications: {dropped} of {candidates}; replications not run: {saved}.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="310" />
      <source>Recommended:</source>
      <translation>Recommended:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>SLA breaches</source>
      <translation>SLA breaches</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="330" />
      <source>SLA breaches (%)</source>
      <translation>SLA breaches (%)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="227" />
      <source>Staffing search on “{scenario}”, finished at {time}: {count} plans simulated.</source>
      <translation>Staffing search on “{scenario}”, finished at {time}: {count} plans simulated.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="235" />
      <source>Sweep of “{scenario}”, finished at {time}: {count} plans.</source>
      <translation>Sweep of “{scenario}”, finished at {time}: {count} plans.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>Targets</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="76" />
      <source>Undecided</source>
      <translation>Undecided</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="172" />
      <source>Weekly cost against the SLA breach rate: each dot a plan, the line the frontier</source>
      <translation>Weekly cost against the SLA breach rate: each dot a plan, the line the frontier</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="138" />
      <source>Write every row to a CSV or JSON file</source>
      <translation>Write every row to a CSV or JSON file</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../app/shell/start_page.py" line="205" />
      <source>&amp;Recent files</source>
      <translation>&amp;Recent files</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="203" />
      <source>A blueprint file on this computer ({keys})</source>
      <translation>A blueprint file on this computer ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="200" />
      <source>An empty canvas ({keys})</source>
      <translation>An empty canvas ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="208" />
      <source>Clear the list</source>
      <translation>Clear the list</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="190" />
      <source>Draw your help-desk service, check it, simulate it, teach it and publish it. Choose how to start:</source>
      <translation>Draw your help-desk service, check it, simulate it, teach it and publish it. Choose how to start:</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="207" />
      <source>Files you open or save appear here.</source>
      <translation>Files you open or save appear here.</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="206" />
      <source>From a &amp;template</source>
      <translation>From a &amp;template</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="199" />
      <source>New blank blueprint</source>
      <translation>New blank blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="201" />
      <source>Open…</source>
      <translation>Open…</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="209" />
      <source>Remove from the list</source>
      <translation>Remove from the list</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="194" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="222" />
      <source>{name} (not found)</source>
      <translation>{name} (not found)</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="229" />
      <source>{path}
This file is no longer there. Press Delete to remove it from the list.</source>
      <translation>{path}
This file is no longer there. Press Delete to remove it from the list.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../app/shell/gui.py" line="95" />
      <source>Another Blueprint Studio window is already running; its unsaved work is left alone.</source>
      <translation>Another Blueprint Studio window is already running; its unsaved work is left alone.</translation>
    </message>
  </context>
  <context>
    <name>TargetsCommands</name>
    <message>
      <location filename="../../canvas/commands/targets.py" line="35" />
      <source>Change staffing targets</source>
      <translation>Change staffing targets</translation>
    </message>
  </context>
  <context>
    <name>TargetsDock</name>
    <message>
      <location filename="../../app/simulation/targets.py" line="106" />
      <source>&amp;Abandonment at most (%):</source>
      <translation>&amp;Abandonment at most (%):</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="104" />
      <source>&amp;Queue wait at most (min):</source>
      <translation>&amp;Queue wait at most (min):</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="105" />
      <source>&amp;Utilisation at most (%):</source>
      <translation>&amp;Utilisation at most (%):</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="43" />
      <location filename="../../export/strings.py" line="135" />
      <source>90th percentile</source>
      <translation>90th percentile</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="44" />
      <location filename="../../export/strings.py" line="136" />
      <source>95th percentile</source>
      <translation>95th percentile</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="202" />
      <source>Abandonment</source>
      <translation>Abandonment</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="117" />
      <source>Breaches at most (%)</source>
      <translation>Breaches at most (%)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="244" />
      <source>Change the breach-rate target of {policy}</source>
      <translation>Change the breach-rate target of {policy}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="192" />
      <source>Change the queue-wait statistic</source>
      <translation>Change the queue-wait statistic</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="218" />
      <source>Change the {target} target</source>
      <translation>Change the {target} target</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="122" />
      <source>Highest share of the policy's tickets allowed to breach their resolution target, in %</source>
      <translation>Highest share of the policy's tickets allowed to breach their resolution target, in %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="100" />
      <source>Highest share of tickets abandoned, in %; empty: no target</source>
      <translation>Highest share of tickets abandoned, in %; empty: no target</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="97" />
      <source>Highest utilisation allowed for every pool, in %; empty: no target</source>
      <translation>Highest utilisation allowed for every pool, in %; empty: no target</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="92" />
      <source>How the queue wait is measured: its mean, or a percentile</source>
      <translation>How the queue wait is measured: its mean, or a percentile</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="95" />
      <source>Longest queue wait allowed, in minutes; empty: no target</source>
      <translation>Longest queue wait allowed, in minutes; empty: no target</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="42" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="200" />
      <source>Queue wait</source>
      <translation>Queue wait</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="103" />
      <source>Queue wait &amp;measured by:</source>
      <translation>Queue wait &amp;measured by:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="112" />
      <source>SLA breach rate at most, per SLA policy (%):</source>
      <translation>SLA breach rate at most, per SLA policy (%):</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="117" />
      <source>SLA policy</source>
      <translation>SLA policy</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="73" />
      <source>Staffing targets: what the staffing finder and the sweeps must meet</source>
      <translation>Staffing targets: what the staffing finder and the sweeps must meet</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="70" />
      <source>Targets</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="201" />
      <source>Utilisation</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="82" />
      <source>What the staffing finder and the sweeps must meet. Leave a box empty for no target. Costs come from each pool's cost per hour.</source>
      <translation>What the staffing finder and the sweeps must meet. Leave a box empty for no target. Costs come from each pool's cost per hour.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="150" />
      <source>no target</source>
      <translation>no target</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="279" />
      <source>{where}: “{value}” is not a number of minutes (0 or more). It was not changed.</source>
      <translation>{where}: “{value}” is not a number of minutes (0 or more). It was not changed.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="281" />
      <source>{where}: “{value}” is not a percentage from 0 to 100. It was not changed.</source>
      <translation>{where}: “{value}” is not a percentage from 0 to 100. It was not changed.</translation>
    </message>
  </context>
  <context>
    <name>TemplateGallery</name>
    <message>
      <location filename="../../app/shell/gallery.py" line="57" />
      <source>A support request across the five lanes of a service blueprint</source>
      <translation>A support request across the five lanes of a service blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="189" />
      <source>An empty canvas: draw your own flow</source>
      <translation>An empty canvas: draw your own flow</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="188" />
      <source>Blank blueprint</source>
      <translation>Blank blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="383" />
      <source>Choose how to start (arrow keys to move, Enter to open):</source>
      <translation>Choose how to start (arrow keys to move, Enter to open):</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="394" />
      <source>Create</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="60" />
      <source>Levels 0 to 4, priorities P1–P4, SLAs and shifts</source>
      <translation>Levels 0 to 4, priorities P1–P4, SLAs and shifts</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="380" />
      <source>New from template</source>
      <translation>New from template</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="54" />
      <source>Support and feature requests, known issues, two support levels</source>
      <translation>Support and feature requests, known issues, two support levels</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="351" />
      <source>Templates</source>
      <translation>Templates</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="63" />
      <source>Ticket statuses with before, during and after conditions</source>
      <translation>Ticket statuses with before, during and after conditions</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <location filename="../../app/training/workspace.py" line="116" />
      <source>&amp;End walkthrough</source>
      <translation>&amp;End walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="120" />
      <source>&amp;Presenter mode</source>
      <translation>&amp;Presenter mode</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="124" />
      <source>&amp;Quiz mode</source>
      <translation>&amp;Quiz mode</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="129" />
      <source>A PDF with each ticket card's path as numbered steps</source>
      <translation>A PDF with each ticket card's path as numbered steps</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="121" />
      <source>Full screen and large type for a projector; Escape leaves</source>
      <translation>Full screen and large type for a projector; Escape leaves</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="198" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="128" />
      <source>Print &amp;handout…</source>
      <translation>Print &amp;handout…</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="198" />
      <location filename="../../app/training/workspace.py" line="213" />
      <source>Print Handout</source>
      <translation>Print Handout</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="117" />
      <source>Remove the highlight and go back to editing (Esc in the walkthrough panel)</source>
      <translation>Remove the highlight and go back to editing (Esc in the walkthrough panel)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="132" />
      <source>Show agent &amp;leaderboard</source>
      <translation>Show agent &amp;leaderboard</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="114" />
      <source>Start &amp;walkthrough</source>
      <translation>Start &amp;walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="114" />
      <source>Step a sample ticket through the blueprint</source>
      <translation>Step a sample ticket through the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="214" />
      <source>The handout could not be written: {why}</source>
      <translation>The handout could not be written: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="142" />
      <source>The handout needs the PDF export, which is not installed in this version</source>
      <translation>The handout needs the PDF export, which is not installed in this version</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="133" />
      <source>The last simulation's figures per named agent, in large type for the class (Shift+F5)</source>
      <translation>The last simulation's figures per named agent, in large type for the class (Shift+F5)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="125" />
      <source>The trainee chooses the branch at each decision and is scored</source>
      <translation>The trainee chooses the branch at each decision and is scored</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="180" />
      <source>Walkthrough ended: the blueprint is ready for editing.</source>
      <translation>Walkthrough ended: the blueprint is ready for editing.</translation>
    </message>
  </context>
  <context>
    <name>Walkthrough</name>
    <message>
      <location filename="../../app/training/page.py" line="352" />
      <source>#{n} · {kind}</source>
      <translation>#{n} · {kind}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="256" />
      <source>Back to the previous step (Left)</source>
      <translation>Back to the previous step (Left)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="247" />
      <source>Cards</source>
      <translation>Cards</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="183" />
      <source>Choose a ticket card, then press Right to start.</source>
      <translation>Choose a ticket card, then press Right to start.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="180" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="113" />
      <source>Clock: {elapsed} counted, {wall} since arrival</source>
      <translation>Clock: {elapsed} counted, {wall} since arrival</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="262" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="263" />
      <source>Copy the template response to the clipboard</source>
      <translation>Copy the template response to the clipboard</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="248" />
      <source>Create, edit or delete ticket cards (undoable)</source>
      <translation>Create, edit or delete ticket cards (undoable)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="58" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="251" />
      <source>Delete ticket card</source>
      <translation>Delete ticket card</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="366" />
      <source>Done on leaving “{step}”: {what}</source>
      <translation>Done on leaving “{step}”: {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="250" />
      <source>Edit ticket card…</source>
      <translation>Edit ticket card…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="62" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="258" />
      <source>End the walkthrough and go back to editing (Esc)</source>
      <translation>End the walkthrough and go back to editing (Esc)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="467" />
      <source>Escalations: {n}</source>
      <translation>Escalations: {n}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="264" />
      <source>Fields to fill in</source>
      <translation>Fields to fill in</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="128" />
      <source>Fill in first: {fields}</source>
      <translation>Fill in first: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="257" />
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="98" />
      <source>First response: given after {time} (target {target})</source>
      <translation>First response: given after {time} (target {target})</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="102" />
      <source>First response: {left}</source>
      <translation>First response: {left}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="463" />
      <source>First response: {met}</source>
      <translation>First response: {met}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="268" />
      <source>History (click to go back)</source>
      <translation>History (click to go back)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="56" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="315" />
      <source>Needs: {fields}</source>
      <translation>Needs: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="435" />
      <source>New ticket</source>
      <translation>New ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="249" />
      <source>New ticket card…</source>
      <translation>New ticket card…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="265" />
      <source>Next — Right or Space · 1–9 a branch · Left back · Esc ends</source>
      <translation>Next — Right or Space · 1–9 a branch · Left back · Esc ends</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="94" />
      <location filename="../../export/strings.py" line="194" />
      <source>No SLA applies to this ticket.</source>
      <translation>No SLA applies to this ticket.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="298" />
      <source>No branch is offered here.</source>
      <translation>No branch is offered here.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="318" />
      <location filename="../../app/training/widgets.py" line="324" />
      <source>Not offered: {why}</source>
      <translation>Not offered: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="319" />
      <source>Not this branch. {reason}</source>
      <translation>Not this branch. {reason}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="80" />
      <location filename="../../app/training/dock.py" line="116" />
      <location filename="../../app/training/dock.py" line="142" />
      <source>Open a blueprint to start a walkthrough.</source>
      <translation>Open a blueprint to start a walkthrough.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="459" />
      <location filename="../../export/strings.py" line="196" />
      <source>Outcome: {outcome}</source>
      <translation>Outcome: {outcome}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="456" />
      <source>Path: {path}</source>
      <translation>Path: {path}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="259" />
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="256" />
      <source>Quiz off: Right follows the card's story again.</source>
      <translation>Quiz off: Right follows the card's story again.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="254" />
      <source>Quiz on from this step: choose the branch at each decision with its number key. Restart begins the card again.</source>
      <translation>Quiz on from this step: choose the branch at each decision with its number key. Restart begins the card again.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="470" />
      <source>Quiz score: {right} / {total} decisions right at the first try</source>
      <translation>Quiz score: {right} / {total} decisions right at the first try</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="109" />
      <source>Resolution: {left}</source>
      <translation>Resolution: {left}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="464" />
      <source>Resolution: {met}</source>
      <translation>Resolution: {met}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="253" />
      <source>Restart</source>
      <translation>Restart</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="323" />
      <source>Right: {reason}</source>
      <translation>Right: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="61" />
      <source>Roadmap</source>
      <translation>Roadmap</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="266" />
      <source>SLA clock</source>
      <translation>SLA clock</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="95" />
      <source>SLA: {name}</source>
      <translation>SLA: {name}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="60" />
      <source>Satisfaction survey</source>
      <translation>Satisfaction survey</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="252" />
      <source>Save the path walked as the card's expected path</source>
      <translation>Save the path walked as the card's expected path</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="254" />
      <source>Start the ticket card again from its intake</source>
      <translation>Start the ticket card again from its intake</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="57" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="267" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="261" />
      <location filename="../../export/strings.py" line="185" />
      <source>Template response</source>
      <translation>Template response</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="352" />
      <source>Template response copied.</source>
      <translation>Template response copied.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="120" />
      <source>The SLA clock is paused here.</source>
      <translation>The SLA clock is paused here.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="169" />
      <source>The blueprint has errors; fix them to start a walkthrough:</source>
      <translation>The blueprint has errors; fix them to start a walkthrough:</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="361" />
      <source>The customer sees: {what}</source>
      <translation>The customer sees: {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="458" />
      <source>The path was saved to the ticket card.</source>
      <translation>The path was saved to the ticket card.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="179" />
      <source>The ticket card was deleted.</source>
      <translation>The ticket card was deleted.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="131" />
      <source>The ticket has reached an end.</source>
      <translation>The ticket has reached an end.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="290" />
      <source>The ticket has reached an end. Left goes back.</source>
      <translation>The ticket has reached an end. Left goes back.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="260" />
      <source>The trainee chooses the branch at each decision</source>
      <translation>The trainee chooses the branch at each decision</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="266" />
      <source>The walkthrough has ended. Choose a ticket card to start again.</source>
      <translation>The walkthrough has ended. Choose a ticket card to start again.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="133" />
      <source>There is no such branch.</source>
      <translation>There is no such branch.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="134" />
      <source>There is no such earlier step.</source>
      <translation>There is no such earlier step.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="130" />
      <source>These values are not allowed: {fields}</source>
      <translation>These values are not allowed: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="181" />
      <source>This blueprint has no ticket cards: create one to start.</source>
      <translation>This blueprint has no ticket cards: create one to start.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="129" />
      <source>This branch is not offered: {why}</source>
      <translation>This branch is not offered: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="140" />
      <source>This move is not possible.</source>
      <translation>This move is not possible.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="132" />
      <source>This step has no time limit to escalate on.</source>
      <translation>This step has no time limit to escalate on.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="207" />
      <source>This ticket card cannot be walked: {why}</source>
      <translation>This ticket card cannot be walked: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="429" />
      <location filename="../../export/strings.py" line="180" />
      <source>Ticket card</source>
      <translation>Ticket card</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="246" />
      <source>Ticket card:</source>
      <translation>Ticket card:</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="389" />
      <source>Time limit of {time} passes: escalate to {target}</source>
      <translation>Time limit of {time} passes: escalate to {target}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="460" />
      <source>Time: {wall} since arrival, {elapsed} on the SLA clock</source>
      <translation>Time: {wall} since arrival, {elapsed} on the SLA clock</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="202" />
      <source>Type here…</source>
      <translation>Type here…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="59" />
      <source>Wait for customer</source>
      <translation>Wait for customer</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="103" />
      <source>Walkthrough</source>
      <translation>Walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="377" />
      <source>When this step is done: {what}</source>
      <translation>When this step is done: {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="294" />
      <source>Your turn: choose the branch with its number key.</source>
      <translation>Your turn: choose the branch with its number key.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="117" />
      <source>business hours, now {when}</source>
      <translation>business hours, now {when}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="411" />
      <source>for “{branch}”</source>
      <translation>for “{branch}”</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="135" />
      <source>its path starts at a node that is no longer in the blueprint.</source>
      <translation>its path starts at a node that is no longer in the blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="453" />
      <location filename="../../app/training/widgets.py" line="85" />
      <source>met</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="453" />
      <source>missed</source>
      <translation>missed</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="453" />
      <location filename="../../app/training/widgets.py" line="83" />
      <source>no target</source>
      <translation>no target</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="87" />
      <source>overdue by {time}</source>
      <translation>overdue by {time}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="137" />
      <source>the blueprint has no intake to start from.</source>
      <translation>the blueprint has no intake to start from.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="189" />
      <location filename="../../export/strings.py" line="206" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="68" />
      <source>{d} d</source>
      <translation>{d} d</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="68" />
      <source>{d} d {h} h</source>
      <translation>{d} d {h} h</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="70" />
      <source>{h} h</source>
      <translation>{h} h</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="70" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="71" />
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="88" />
      <source>{time} left of {target}</source>
      <translation>{time} left of {target}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="255" />
      <source>◀ Back</source>
      <translation>◀ Back</translation>
    </message>
  </context>
  <context>
    <name>WalkthroughWords</name>
    <message>
      <location filename="../../model/walkthrough/words.py" line="42" />
      <source>1 day</source>
      <translation>1 day</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="37" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="35" />
      <source>Approved by {role}</source>
      <translation>Approved by {role}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="34" />
      <source>No answer before the timeout</source>
      <translation>No answer before the timeout</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="28" />
      <source>Notify {target}</source>
      <translation>Notify {target}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="29" />
      <source>Reassign to {pool}</source>
      <translation>Reassign to {pool}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="38" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="36" />
      <source>Rejected by {role}</source>
      <translation>Rejected by {role}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="27" />
      <source>Send the template response</source>
      <translation>Send the template response</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="26" />
      <source>Set {field} to {value}</source>
      <translation>Set {field} to {value}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="33" />
      <source>reassigned to {pool}</source>
      <translation>reassigned to {pool}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="31" />
      <source>template response sent</source>
      <translation>template response sent</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="30" />
      <source>{field} set to {value}</source>
      <translation>{field} set to {value}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="55" />
      <source>{label} is the right branch for this ticket: a branch taken by chance, by {percent} of tickets.</source>
      <translation>{label} is the right branch for this ticket: a branch taken by chance, by {percent} of tickets.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="48" />
      <source>{label} is the right branch: it is the default branch, taken when no other branch applies.</source>
      <translation>{label} is the right branch: it is the default branch, taken when no other branch applies.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="45" />
      <source>{label} is the right branch: its condition holds ({condition}).</source>
      <translation>{label} is the right branch: its condition holds ({condition}).</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="65" />
      <source>{label} is the right branch: the customer answers.</source>
      <translation>{label} is the right branch: the customer answers.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="68" />
      <source>{label} is the right branch: the customer does not answer within {duration}.</source>
      <translation>{label} is the right branch: the customer does not answer within {duration}.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="62" />
      <source>{label} is the right branch: the customer is not satisfied.</source>
      <translation>{label} is the right branch: the customer is not satisfied.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="59" />
      <source>{label} is the right branch: the customer is satisfied.</source>
      <translation>{label} is the right branch: the customer is satisfied.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="52" />
      <source>{label} is the way on: this branch has no condition.</source>
      <translation>{label} is the way on: this branch has no condition.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="43" />
      <source>{n} days</source>
      <translation>{n} days</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="41" />
      <source>{n} h</source>
      <translation>{n} h</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="40" />
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="44" />
      <source>{n}%</source>
      <translation>{n}%</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="32" />
      <source>{target} notified</source>
      <translation>{target} notified</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="39" />
      <source>“{}”</source>
      <translation>“{}”</translation>
    </message>
  </context>
</TS>
