<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../app/actions.py" line="83" />
      <source>&amp;About Blueprint Studio</source>
      <translation>&amp;About Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="48" />
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="44" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="80" />
      <source>&amp;Getting Started</source>
      <translation>&amp;Getting Started</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="32" />
      <source>&amp;New</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="37" />
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="52" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="55" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="59" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="77" />
      <source>&amp;Run Simulation</source>
      <translation>&amp;Run Simulation</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="39" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="57" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="81" />
      <source>A short guide to drawing, checking and saving a blueprint</source>
      <translation>A short guide to drawing, checking and saving a blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="101" />
      <source>Add a stage column at the right</source>
      <translation>Add a stage column at the right</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="100" />
      <source>Add a swimlane at the bottom</source>
      <translation>Add a swimlane at the bottom</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="50" />
      <source>Clear the List</source>
      <translation>Clear the List</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="55" />
      <source>Close every blueprint and quit</source>
      <translation>Close every blueprint and quit</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="48" />
      <source>Close this blueprint</source>
      <translation>Close this blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="93" />
      <source>Copy the selected nodes</source>
      <translation>Copy the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="94" />
      <source>Cut the selected nodes</source>
      <translation>Cut the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="89" />
      <source>Delete the selection and its links</source>
      <translation>Delete the selection and its links</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="104" />
      <source>Draw links as straight lines</source>
      <translation>Draw links as straight lines</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="91" />
      <source>Duplicate the selected nodes</source>
      <translation>Duplicate the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="45" />
      <source>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</source>
      <translation>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="99" />
      <source>Fit the whole drawing in the window</source>
      <translation>Fit the whole drawing in the window</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="51" />
      <source>Forget the recently opened files</source>
      <translation>Forget the recently opened files</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="74" />
      <source>Go to Diagnostics</source>
      <translation>Go to Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="71" />
      <source>Go to Properties</source>
      <translation>Go to Properties</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="66" />
      <source>Go to the Canvas</source>
      <translation>Go to the Canvas</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="68" />
      <source>Go to the Palette</source>
      <translation>Go to the Palette</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="53" />
      <source>Language, theme, grid, autosave and PDF settings</source>
      <translation>Language, theme, grid, autosave and PDF settings</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="106" />
      <source>Line up the selected nodes</source>
      <translation>Line up the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="67" />
      <source>Move the keyboard focus to the drawing</source>
      <translation>Move the keyboard focus to the drawing</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="34" />
      <source>New from &amp;Template…</source>
      <translation>New from &amp;Template…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="61" />
      <source>Next Blueprint</source>
      <translation>Next Blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="37" />
      <source>Open a blueprint file</source>
      <translation>Open a blueprint file</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="95" />
      <source>Paste nodes from the clipboard</source>
      <translation>Paste nodes from the clipboard</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="102" />
      <source>Place the nodes automatically along the flow</source>
      <translation>Place the nodes automatically along the flow</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="63" />
      <source>Previous Blueprint</source>
      <translation>Previous Blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="59" />
      <source>Redo the change just undone</source>
      <translation>Redo the change just undone</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="92" />
      <source>Rename the selected element on the canvas</source>
      <translation>Rename the selected element on the canvas</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="78" />
      <source>Run the chosen scenario in the background</source>
      <translation>Run the chosen scenario in the background</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="41" />
      <source>Save &amp;As…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="39" />
      <source>Save the blueprint</source>
      <translation>Save the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="42" />
      <source>Save the blueprint under another name</source>
      <translation>Save the blueprint under another name</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="90" />
      <source>Select every node and link</source>
      <translation>Select every node and link</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="105" />
      <source>Show or hide the background grid</source>
      <translation>Show or hide the background grid</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="75" />
      <source>Show the diagnostics and move the keyboard focus to them</source>
      <translation>Show the diagnostics and move the keyboard focus to them</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="98" />
      <source>Show the drawing at 100 %</source>
      <translation>Show the drawing at 100 %</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="62" />
      <source>Show the next open blueprint</source>
      <translation>Show the next open blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="69" />
      <source>Show the palette and move the keyboard focus to it</source>
      <translation>Show the palette and move the keyboard focus to it</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="64" />
      <source>Show the previous open blueprint</source>
      <translation>Show the previous open blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="72" />
      <source>Show the properties and move the keyboard focus to them</source>
      <translation>Show the properties and move the keyboard focus to them</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="108" />
      <source>Space the selected nodes evenly</source>
      <translation>Space the selected nodes evenly</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="32" />
      <source>Start a blank blueprint</source>
      <translation>Start a blank blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="35" />
      <source>Start from one of the bundled templates</source>
      <translation>Start from one of the bundled templates</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="57" />
      <source>Undo the last change</source>
      <translation>Undo the last change</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="84" />
      <source>Version and credits</source>
      <translation>Version and credits</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="96" />
      <source>Zoom in on the drawing</source>
      <translation>Zoom in on the drawing</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="97" />
      <source>Zoom out of the drawing</source>
      <translation>Zoom out of the drawing</translation>
    </message>
  </context>
  <context>
    <name>Canvas</name>
    <message>
      <location filename="../../canvas/editor.py" line="226" />
      <source>A flow cannot start or end at evidence or a note; use an association.</source>
      <translation>A flow cannot start or end at evidence or a note; use an association.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="223" />
      <source>A node cannot be connected to itself.</source>
      <translation>A node cannot be connected to itself.</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="23" />
      <source>Actual size</source>
      <translation>Actual size</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="130" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="25" />
      <location filename="../../canvas/commands.py" line="245" />
      <source>Add lane</source>
      <translation>Add lane</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="208" />
      <source>Add node</source>
      <translation>Add node</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="26" />
      <location filename="../../canvas/commands.py" line="245" />
      <source>Add stage</source>
      <translation>Add stage</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="286" />
      <source>Align</source>
      <translation>Align</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="33" />
      <source>Align bottom</source>
      <translation>Align bottom</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="29" />
      <source>Align centres</source>
      <translation>Align centres</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="28" />
      <source>Align left</source>
      <translation>Align left</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="32" />
      <source>Align middles</source>
      <translation>Align middles</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="30" />
      <source>Align right</source>
      <translation>Align right</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="31" />
      <source>Align top</source>
      <translation>Align top</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="232" />
      <source>An association ties evidence or a note to a step.</source>
      <translation>An association ties evidence or a note to a step.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="221" />
      <source>An edge joins two nodes.</source>
      <translation>An edge joins two nodes.</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="27" />
      <location filename="../../canvas/editor.py" line="293" />
      <source>Arrange automatically</source>
      <translation>Arrange automatically</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="49" />
      <source>Backstage</source>
      <translation>Backstage</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="137" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="304" />
      <source>Change lane kind</source>
      <translation>Change lane kind</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="215" />
      <source>Click on the canvas to place the node; Escape cancels.</source>
      <translation>Click on the canvas to place the node; Escape cancels.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="251" />
      <source>Connect</source>
      <translation>Connect</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="18" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="48" />
      <source>Customer actions</source>
      <translation>Customer actions</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="19" />
      <source>Cut</source>
      <translation>Cut</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="42" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="14" />
      <location filename="../../canvas/commands.py" line="279" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="290" />
      <source>Distribute</source>
      <translation>Distribute</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="34" />
      <source>Distribute horizontally</source>
      <translation>Distribute horizontally</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="35" />
      <source>Distribute vertically</source>
      <translation>Distribute vertically</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="16" />
      <location filename="../../canvas/editor.py" line="347" />
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="286" />
      <source>Edit {field}</source>
      <translation>Edit {field}</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="44" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="44" />
      <source>Evidence</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="24" />
      <source>Fit drawing</source>
      <translation>Fit drawing</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="48" />
      <source>Frontstage</source>
      <translation>Frontstage</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="41" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="50" />
      <source>Lane</source>
      <translation>Lane</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="13" />
      <source>Line of interaction</source>
      <translation>Line of interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="15" />
      <source>Line of internal interaction</source>
      <translation>Line of internal interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="14" />
      <source>Line of visibility</source>
      <translation>Line of visibility</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="161" />
      <source>Move</source>
      <translation>Move</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="45" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="228" />
      <source>Nothing flows into an intake: tickets arrive there.</source>
      <translation>Nothing flows into an intake: tickets arrive there.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="230" />
      <source>Nothing leaves an end.</source>
      <translation>Nothing leaves an end.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="278" />
      <source>Nudge</source>
      <translation>Nudge</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="20" />
      <location filename="../../canvas/editor.py" line="341" />
      <source>Paste</source>
      <translation>Paste</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="50" />
      <source>Physical evidence</source>
      <translation>Physical evidence</translation>
    </message>
    <message>
      <location filename="../../canvas/connect.py" line="98" />
      <source>Reattach edge</source>
      <translation>Reattach edge</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="13" />
      <source>Redo</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="17" />
      <location filename="../../canvas/rename.py" line="101" />
      <source>Rename</source>
      <translation>Rename</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="228" />
      <source>Reorder lanes</source>
      <translation>Reorder lanes</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="228" />
      <source>Reorder stages</source>
      <translation>Reorder stages</translation>
    </message>
    <message>
      <location filename="../../canvas/interactions.py" line="133" />
      <source>Resize</source>
      <translation>Resize</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="210" />
      <source>Resize lane</source>
      <translation>Resize lane</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="210" />
      <source>Resize stage</source>
      <translation>Resize stage</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="43" />
      <source>Roadmap</source>
      <translation>Roadmap</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="43" />
      <source>Satisfaction survey</source>
      <translation>Satisfaction survey</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="15" />
      <source>Select all</source>
      <translation>Select all</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="37" />
      <source>Show grid</source>
      <translation>Show grid</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="317" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="41" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="36" />
      <source>Straight edges</source>
      <translation>Straight edges</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="49" />
      <source>Support processes</source>
      <translation>Support processes</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="235" />
      <source>These two nodes are already connected.</source>
      <translation>These two nodes are already connected.</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="12" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="42" />
      <source>Wait for customer</source>
      <translation>Wait for customer</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="21" />
      <source>Zoom in</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="22" />
      <source>Zoom out</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <location filename="../../canvas/items/edge.py" line="38" />
      <source>default</source>
      <translation>default</translation>
    </message>
    <message>
      <location filename="../../canvas/items/lane.py" line="113" />
      <source>{n} agent(s)</source>
      <translation>{n} agent(s)</translation>
    </message>
  </context>
  <context>
    <name>CardCommands</name>
    <message>
      <location filename="../../app/card_commands.py" line="29" />
      <source>Add ticket card</source>
      <translation>Add ticket card</translation>
    </message>
    <message>
      <location filename="../../app/card_commands.py" line="52" />
      <source>Delete ticket card</source>
      <translation>Delete ticket card</translation>
    </message>
    <message>
      <location filename="../../app/card_commands.py" line="37" />
      <source>Edit ticket card</source>
      <translation>Edit ticket card</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="62" />
      <location filename="../../app/docks/card_dialog.py" line="71" />
      <source>(not set)</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="48" />
      <source>Expected path</source>
      <translation>Expected path</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="49" />
      <source>Forget the expected path</source>
      <translation>Forget the expected path</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="36" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="45" />
      <source>No expected path: the quiz compares with the model's own choices.</source>
      <translation>No expected path: the quiz compares with the model's own choices.</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="27" />
      <source>Ticket card</source>
      <translation>Ticket card</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="35" />
      <source>e.g. Password reset by e-mail, P3</source>
      <translation>e.g. Password reset by e-mail, P3</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="65" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="65" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
  </context>
  <context>
    <name>CompareDock</name>
    <message>
      <location filename="../../app/docks/compare.py" line="74" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="61" />
      <source>A:</source>
      <translation>A:</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="74" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="75" />
      <source>B − A (95 % interval)</source>
      <translation>B − A (95 % interval)</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="63" />
      <source>B:</source>
      <translation>B:</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="67" />
      <source>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</source>
      <translation>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="59" />
      <source>Compare</source>
      <translation>Compare</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="51" />
      <source>Compare scenarios</source>
      <translation>Compare scenarios</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="74" />
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="75" />
      <source>Real?</source>
      <translation>Real?</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="77" />
      <source>Show the change in waits on the blueprint</source>
      <translation>Show the change in waits on the blueprint</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <location filename="../../app/messages.py" line="74" />
      <source>'{token}' is not expected here</source>
      <translation>'{token}' is not expected here</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="43" />
      <source>A flow goes into an intake; intakes only start tickets.</source>
      <translation>A flow goes into an intake; intakes only start tickets.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="49" />
      <source>A flow goes straight from the customer to a support process, skipping the front stage.</source>
      <translation>A flow goes straight from the customer to a support process, skipping the front stage.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="45" />
      <source>A ticket flow cannot go to or from physical evidence or a note; use an association.</source>
      <translation>A ticket flow cannot go to or from physical evidence or a note; use an association.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="46" />
      <source>An association links two process nodes; use a flow, or tie evidence or a note instead.</source>
      <translation>An association links two process nodes; use a flow, or tie evidence or a note instead.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="44" />
      <source>An end has outgoing flows; they are never taken.</source>
      <translation>An end has outgoing flows; they are never taken.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="32" />
      <source>Conditions and probabilities are mixed on the branches of this node; conditions are tried first.</source>
      <translation>Conditions and probabilities are mixed on the branches of this node; conditions are tried first.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="27" />
      <source>Dead end: tickets that get here have no way out.</source>
      <translation>Dead end: tickets that get here have no way out.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="28" />
      <source>Loop with no way out: tickets that enter it can never reach an end.</source>
      <translation>Loop with no way out: tickets that enter it can never reach an end.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="29" />
      <source>No default branch, and a ticket with {example} matches none of the conditions.</source>
      <translation>No default branch, and a ticket with {example} matches none of the conditions.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="30" />
      <source>No default branch: whether every ticket finds a way out depends on the field '{field}'; add a default branch to be sure.</source>
      <translation>No default branch: whether every ticket finds a way out depends on the field '{field}'; add a default branch to be sure.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="26" />
      <source>No ticket can reach this node from an intake.</source>
      <translation>No ticket can reach this node from an intake.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="33" />
      <source>Several branches have no condition; only the first one will ever be taken.</source>
      <translation>Several branches have no condition; only the first one will ever be taken.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="23" />
      <source>The agent pool '{pool}' does not exist.</source>
      <translation>The agent pool '{pool}' does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="31" />
      <source>The branch probabilities add up to {total}, not 1.</source>
      <translation>The branch probabilities add up to {total}, not 1.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="52" />
      <source>The expected path of this ticket card does not follow the flows from an intake.</source>
      <translation>The expected path of this ticket card does not follow the flows from an intake.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="20" />
      <source>The flow has no end: tickets can never be closed.</source>
      <translation>The flow has no end: tickets can never be closed.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="19" />
      <source>The flow has no intake: tickets cannot arrive anywhere.</source>
      <translation>The flow has no intake: tickets cannot arrive anywhere.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="48" />
      <source>The lane order breaks the lines of interaction, visibility and internal interaction: a {above} lane sits above a {below} lane.</source>
      <translation>The lane order breaks the lines of interaction, visibility and internal interaction: a {above} lane sits above a {below} lane.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="39" />
      <source>The pool '{pool}' has no agents at any time, but tickets reach a step it serves.</source>
      <translation>The pool '{pool}' has no agents at any time, but tickets reach a step it serves.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="41" />
      <source>The target '{target}' cannot take escalated tickets ({reason}).</source>
      <translation>The target '{target}' cannot take escalated tickets ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="24" />
      <source>The ticket field '{field}' does not exist.</source>
      <translation>The ticket field '{field}' does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="25" />
      <source>The value {value!r} is not allowed for the field '{field}'.</source>
      <translation>The value {value!r} is not allowed for the field '{field}'.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="34" />
      <source>The {slot} '{text}' cannot be read at column {column}: {detail}.</source>
      <translation>The {slot} '{text}' cannot be read at column {column}: {detail}.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="37" />
      <source>The {slot} '{text}' compares values of different kinds or is not a yes/no test (column {column}).</source>
      <translation>The {slot} '{text}' compares values of different kinds or is not a yes/no test (column {column}).</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="35" />
      <source>The {slot} '{text}' uses an unknown field '{field}' (column {column}).</source>
      <translation>The {slot} '{text}' uses an unknown field '{field}' (column {column}).</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="36" />
      <source>The {slot} '{text}' uses the value {value!r}, which the field '{field}' does not allow (column {column}).</source>
      <translation>The {slot} '{text}' uses the value {value!r}, which the field '{field}' does not allow (column {column}).</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="50" />
      <source>This SLA counts business hours, but its calendar pool has no shifts; it will count every hour.</source>
      <translation>This SLA counts business hours, but its calendar pool has no shifts; it will count every hour.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="47" />
      <source>This association links two annotations; tie evidence or notes to a process node.</source>
      <translation>This association links two annotations; tie evidence or notes to a process node.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="51" />
      <source>This intake has an arrival rate of zero: no ticket will arrive here.</source>
      <translation>This intake has an arrival rate of zero: no ticket will arrive here.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="21" />
      <source>This link points to a node '{node}' that does not exist.</source>
      <translation>This link points to a node '{node}' that does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="22" />
      <source>This node sits in a lane '{lane}' that does not exist.</source>
      <translation>This node sits in a lane '{lane}' that does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="40" />
      <source>This step has a time limit but no escalation target.</source>
      <translation>This step has a time limit but no escalation target.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="38" />
      <source>This step has no agent pool: give it one, or put it in a lane that has one.</source>
      <translation>This step has no agent pool: give it one, or put it in a lane that has one.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="42" />
      <source>This wait has a timeout but no node to go to when it runs out.</source>
      <translation>This wait has a timeout but no node to go to when it runs out.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="72" />
      <source>a quote is not closed</source>
      <translation>a quote is not closed</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="76" />
      <source>comparisons cannot be chained; join them with 'and'</source>
      <translation>comparisons cannot be chained; join them with 'and'</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="62" />
      <source>condition</source>
      <translation>condition</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="80" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="75" />
      <source>expected {expected}</source>
      <translation>expected {expected}</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="63" />
      <source>guard</source>
      <translation>guard</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="56" />
      <source>it does not exist</source>
      <translation>it does not exist</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="68" />
      <source>it is empty</source>
      <translation>it is empty</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="70" />
      <source>it is nested too deeply</source>
      <translation>it is nested too deeply</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="57" />
      <source>it is not a process node</source>
      <translation>it is not a process node</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="69" />
      <source>it is too long</source>
      <translation>it is too long</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="58" />
      <source>no end can be reached from it</source>
      <translation>no end can be reached from it</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="64" />
      <source>rule</source>
      <translation>rule</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="71" />
      <source>this character is not allowed</source>
      <translation>this character is not allowed</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="73" />
      <source>this value is too long</source>
      <translation>this value is too long</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="81" />
      <source>warning</source>
      <translation>warning</translation>
    </message>
  </context>
  <context>
    <name>DiagnosticsPanel</name>
    <message>
      <location filename="../../canvas/diagnostics.py" line="106" />
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
  </context>
  <context>
    <name>DocumentTab</name>
    <message>
      <location filename="../../app/document_tab.py" line="62" />
      <source>Diagnostics</source>
      <translation>Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/document_tab.py" line="96" />
      <source>Untitled {n}</source>
      <translation>Untitled {n}</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../app/documents.py" line="110" />
      <source>Cannot Open the File</source>
      <translation>Cannot Open the File</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="141" />
      <source>Cannot Save</source>
      <translation>Cannot Save</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="50" />
      <source>Problem found{where}: {reason}. The file itself is unchanged.</source>
      <translation>Problem found{where}: {reason}. The file itself is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="180" />
      <source>Reloaded “{name}” from disk.</source>
      <translation>Reloaded “{name}” from disk.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="155" />
      <source>Save Failed</source>
      <translation>Save Failed</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="165" />
      <source>Saved “{name}”.</source>
      <translation>Saved “{name}”.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="44" />
      <source>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</source>
      <translation>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="47" />
      <source>“{name}” cannot be found.</source>
      <translation>“{name}” cannot be found.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="49" />
      <source>“{name}” cannot be opened: it is damaged or is not a blueprint.</source>
      <translation>“{name}” cannot be opened: it is damaged or is not a blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="43" />
      <source>“{name}” was made with a newer version of Blueprint Studio.</source>
      <translation>“{name}” was made with a newer version of Blueprint Studio.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="153" />
      <source>“{name}” was not saved. Your changes are still open here.</source>
      <translation>“{name}” was not saved. Your changes are still open here.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/export_dialog.py" line="60" />
      <source>Add the simulation report</source>
      <translation>Add the simulation report</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="65" />
      <source>Add the training handout</source>
      <translation>Add the training handout</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="50" />
      <source>Automatic</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="229" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="31" />
      <location filename="../../app/export_dialog.py" line="168" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="224" />
      <source>Export failed</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="216" />
      <source>Exported to {path}</source>
      <translation>Exported to {path}</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="53" />
      <source>Fit on one page</source>
      <translation>Fit on one page</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="77" />
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="51" />
      <source>Landscape</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="68" />
      <source>Language of the document</source>
      <translation>Language of the document</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="87" />
      <source>Language:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="79" />
      <source>Orientation:</source>
      <translation>Orientation:</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="42" />
      <source>PDF document</source>
      <translation>PDF document</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="164" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="44" />
      <source>PNG image</source>
      <translation>PNG image</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="165" />
      <source>PNG images (*.png)</source>
      <translation>PNG images (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="78" />
      <source>Paper:</source>
      <translation>Paper:</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="50" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="54" />
      <source>Poster over several pages</source>
      <translation>Poster over several pages</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="88" />
      <source>Resolution:</source>
      <translation>Resolution:</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="43" />
      <source>SVG drawing</source>
      <translation>SVG drawing</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="164" />
      <source>SVG drawings (*.svg)</source>
      <translation>SVG drawings (*.svg)</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/help.py" line="58" />
      <source>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="65" />
      <source>About Blueprint Studio</source>
      <translation>About Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="32" />
      <source>Arrow keys nudge the selection (Shift: one grid step); Tab goes to the next node along the flow; F2 renames; Ctrl+1, Ctrl+2 and Ctrl+3 go to the Palette, Properties and Diagnostics; F6 comes back to the canvas.</source>
      <translation>Arrow keys nudge the selection (Shift: one grid step); Tab goes to the next node along the flow; F2 renames; Ctrl+1, Ctrl+2 and Ctrl+3 go to the Palette, Properties and Diagnostics; F6 comes back to the canvas.</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="26" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="26" />
      <source>Diagnostics lists every problem (an unreachable step, a dead end, a decision without a default branch). Click one to jump to the element at fault; the canvas marks it with a badge.</source>
      <translation>Diagnostics lists every problem (an unreachable step, a dead end, a decision without a default branch). Click one to jump to the element at fault; the canvas marks it with a badge.</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="19" />
      <source>Draw</source>
      <translation>Draw</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="29" />
      <source>File ▸ Save writes the file safely (the previous version is kept as .bak). Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</source>
      <translation>File ▸ Save writes the file safely (the previous version is kept as .bak). Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="44" />
      <source>Getting Started</source>
      <translation>Getting Started</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="48" />
      <source>Getting started guide</source>
      <translation>Getting started guide</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="23" />
      <source>Insert ▸ Add lane creates a swimlane. Customer, frontstage, backstage and support lanes in that order give the line of interaction, the line of visibility and the line of internal interaction.</source>
      <translation>Insert ▸ Add lane creates a swimlane. Customer, frontstage, backstage and support lanes in that order give the line of interaction, the line of visibility and the line of internal interaction.</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="32" />
      <source>Keyboard</source>
      <translation>Keyboard</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="23" />
      <source>Lanes and lines</source>
      <translation>Lanes and lines</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="29" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="19" />
      <source>Start from a template (File ▸ New from Template) or a blank blueprint. Drag a node from the Palette onto the canvas, or click it and then click on the canvas. Drag from the small circle on a node's edge to another node to connect them. Double-click anything to rename it; edit the details in Properties.</source>
      <translation>Start from a template (File ▸ New from Template) or a blank blueprint. Drag a node from the Palette onto the canvas, or click it and then click on the canvas. Drag from the small circle on a node's edge to another node to connect them. Double-click anything to rename it; edit the details in Properties.</translation>
    </message>
  </context>
  <context>
    <name>Kpi</name>
    <message>
      <location filename="../../model/kpis.py" line="25" />
      <source>Escalation rate</source>
      <translation>Escalation rate</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="30" />
      <source>Feature requests sent to the roadmap</source>
      <translation>Feature requests sent to the roadmap</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="23" />
      <source>First response time, mean</source>
      <translation>First response time, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="24" />
      <source>First-contact resolution</source>
      <translation>First-contact resolution</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="26" />
      <source>First-response SLA breaches</source>
      <translation>First-response SLA breaches</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="28" />
      <source>Re-opened tickets</source>
      <translation>Re-opened tickets</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="27" />
      <source>Resolution SLA breaches</source>
      <translation>Resolution SLA breaches</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="20" />
      <source>Resolution time, 90th percentile</source>
      <translation>Resolution time, 90th percentile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="21" />
      <source>Resolution time, 95th percentile</source>
      <translation>Resolution time, 95th percentile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="22" />
      <source>Resolution time, longest</source>
      <translation>Resolution time, longest</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="18" />
      <source>Resolution time, mean</source>
      <translation>Resolution time, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="19" />
      <source>Resolution time, median</source>
      <translation>Resolution time, median</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="29" />
      <source>Satisfied survey answers</source>
      <translation>Satisfied survey answers</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="33" />
      <source>Staff cost</source>
      <translation>Staff cost</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="16" />
      <source>Tickets abandoned</source>
      <translation>Tickets abandoned</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="14" />
      <source>Tickets arrived</source>
      <translation>Tickets arrived</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="15" />
      <source>Tickets resolved</source>
      <translation>Tickets resolved</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="17" />
      <source>Tickets still open at the end</source>
      <translation>Tickets still open at the end</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="34" />
      <source>Tickets with no way out</source>
      <translation>Tickets with no way out</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="31" />
      <source>Time above the line of visibility, per ticket</source>
      <translation>Time above the line of visibility, per ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="32" />
      <source>Time backstage, per ticket</source>
      <translation>Time backstage, per ticket</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <location filename="../../app/docks/results.py" line="62" />
      <source>95 % CI {low} – {high}</source>
      <translation>95 % CI {low} – {high}</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="65" />
      <source>one run: no interval</source>
      <translation>one run: no interval</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/menus.py" line="35" />
      <source>&amp;Arrange</source>
      <translation>&amp;Arrange</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="28" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="27" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="33" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="30" />
      <source>&amp;Insert</source>
      <translation>&amp;Insert</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="36" />
      <source>&amp;Panels</source>
      <translation>&amp;Panels</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="31" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="32" />
      <source>&amp;Training</source>
      <translation>&amp;Training</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="29" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="57" />
      <source>Autosave failed: {reason}</source>
      <translation>Autosave failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="219" />
      <source>Click on the canvas to place a new “{kind}” node</source>
      <translation>Click on the canvas to place a new “{kind}” node</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="150" />
      <source>Diagnostics</source>
      <translation>Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="271" />
      <source>No problems</source>
      <translation>No problems</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="246" />
      <source>Not saved yet</source>
      <translation>Not saved yet</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="259" />
      <source>Nothing selected</source>
      <translation>Nothing selected</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="34" />
      <source>Open &amp;Recent</source>
      <translation>Open &amp;Recent</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="148" />
      <location filename="../../app/main_window.py" line="167" />
      <source>Palette</source>
      <translation>Palette</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="149" />
      <source>Properties</source>
      <translation>Properties</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="223" />
      <source>Show or hide the toolbar</source>
      <translation>Show or hide the toolbar</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="222" />
      <source>Show or hide the {panel} panel</source>
      <translation>Show or hide the {panel} panel</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="119" />
      <source>Show or hide {panel}</source>
      <translation>Show or hide {panel}</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="206" />
      <location filename="../../app/menus.py" line="223" />
      <source>Toolbar</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="263" />
      <source>Zoom {percent} %</source>
      <translation>Zoom {percent} %</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="273" />
      <source>{errors} error(s), {warnings} warning(s)</source>
      <translation>{errors} error(s), {warnings} warning(s)</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="250" />
      <source>{name}[*] — Blueprint Studio</source>
      <translation>{name}[*] — Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="259" />
      <source>{n} selected</source>
      <translation>{n} selected</translation>
    </message>
  </context>
  <context>
    <name>MinimapWidget</name>
    <message>
      <location filename="../../canvas/minimap.py" line="27" />
      <source>Overview: drag the rectangle to move around the drawing</source>
      <translation>Overview: drag the rectangle to move around the drawing</translation>
    </message>
  </context>
  <context>
    <name>PaletteWidget</name>
    <message>
      <location filename="../../canvas/palette.py" line="49" />
      <source>Drag onto the canvas, or click then click on the canvas</source>
      <translation>Drag onto the canvas, or click then click on the canvas</translation>
    </message>
  </context>
  <context>
    <name>PdfExportWorker</name>
    <message>
      <location filename="../../app/workers.py" line="283" />
      <source>Simulating the scenario…</source>
      <translation>Simulating the scenario…</translation>
    </message>
    <message>
      <location filename="../../app/workers.py" line="310" />
      <source>The blueprint has {n} validation error(s): the report cannot be simulated.</source>
      <translation>The blueprint has {n} validation error(s): the report cannot be simulated.</translation>
    </message>
    <message>
      <location filename="../../app/workers.py" line="308" />
      <source>The export was cancelled.</source>
      <translation>The export was cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/workers.py" line="313" />
      <source>The folder {folder} does not exist.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/workers.py" line="291" />
      <source>Writing the PDF…</source>
      <translation>Writing the PDF…</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../app/preferences.py" line="41" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="36" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="45" />
      <source>&amp;Autosave every:</source>
      <translation>&amp;Autosave every:</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="44" />
      <source>&amp;Grid size:</source>
      <translation>&amp;Grid size:</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="43" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="43" />
      <source>&amp;Theme:</source>
      <translation>&amp;Theme:</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="17" />
      <source>Dark</source>
      <translation>Dark</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="14" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="15" />
      <source>Follow the system</source>
      <translation>Follow the system</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="13" />
      <source>French (Français)</source>
      <translation>French (Français)</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="16" />
      <source>Light</source>
      <translation>Light</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="45" />
      <source>PDF &amp;page size:</source>
      <translation>PDF &amp;page size:</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="28" />
      <source>Preferences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="37" />
      <source>Snap nodes to the grid</source>
      <translation>Snap nodes to the grid</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="12" />
      <source>System language</source>
      <translation>System language</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <location filename="../../app/prompts.py" line="38" />
      <source>&amp;Don't Save</source>
      <translation>&amp;Don't Save</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="49" />
      <source>&amp;Overwrite</source>
      <translation>&amp;Overwrite</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="48" />
      <source>&amp;Reload</source>
      <translation>&amp;Reload</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="37" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="62" />
      <source>Blueprints (*{suffix});;All files (*)</source>
      <translation>Blueprints (*{suffix});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="39" />
      <location filename="../../app/prompts.py" line="51" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="44" />
      <source>File Changed on Disk</source>
      <translation>File Changed on Disk</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="36" />
      <source>If you don't save, your changes since the last save are lost.</source>
      <translation>If you don't save, your changes since the last save are lost.</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="66" />
      <source>Open Blueprint</source>
      <translation>Open Blueprint</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="46" />
      <source>Reload it and lose your changes, overwrite their version with yours, or save yours under another name?</source>
      <translation>Reload it and lose your changes, overwrite their version with yours, or save yours under another name?</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="50" />
      <source>Save &amp;As…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="71" />
      <source>Save Blueprint As</source>
      <translation>Save Blueprint As</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="35" />
      <source>Save the changes to “{name}” before closing?</source>
      <translation>Save the changes to “{name}” before closing?</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="34" />
      <source>Unsaved Changes</source>
      <translation>Unsaved Changes</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="45" />
      <source>“{name}” was changed by someone else since you opened it.</source>
      <translation>“{name}” was changed by someone else since you opened it.</translation>
    </message>
  </context>
  <context>
    <name>Properties</name>
    <message>
      <location filename="../../canvas/labels.py" line="67" />
      <source>Abandoned</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="178" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_rules.py" line="90" />
      <source>Add a duration rule</source>
      <translation>Add a duration rule</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="116" />
      <source>Add action</source>
      <translation>Add action</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="89" />
      <source>Add field value</source>
      <translation>Add field value</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="241" />
      <source>Add shift</source>
      <translation>Add shift</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="42" />
      <source>After the timeout, go to</source>
      <translation>After the timeout, go to</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="56" />
      <source>After: automated actions</source>
      <translation>After: automated actions</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="22" />
      <source>Arrival rate (per hour)</source>
      <translation>Arrival rate (per hour)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="37" />
      <source>Automated actions</source>
      <translation>Automated actions</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="45" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="54" />
      <source>Before: offered only when</source>
      <translation>Before: offered only when</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="41" />
      <source>By priority</source>
      <translation>By priority</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="21" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="62" />
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="66" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="44" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="31" />
      <source>Counts as first response</source>
      <translation>Counts as first response</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="26" />
      <source>Customer patience (minutes)</source>
      <translation>Customer patience (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="39" />
      <source>Customer response time (minutes)</source>
      <translation>Customer response time (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="53" />
      <source>Default branch</source>
      <translation>Default branch</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="47" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="27" />
      <source>Duration (minutes)</source>
      <translation>Duration (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="28" />
      <source>Duration rules</source>
      <translation>Duration rules</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="55" />
      <source>During: fields to fill</source>
      <translation>During: fields to fill</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="60" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="42" />
      <source>Earliest SLA deadline</source>
      <translation>Earliest SLA deadline</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="22" />
      <source>Empirical (samples)</source>
      <translation>Empirical (samples)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="30" />
      <source>Escalate to</source>
      <translation>Escalate to</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="17" />
      <source>Exponential</source>
      <translation>Exponential</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="25" />
      <source>Field values set at arrival</source>
      <translation>Field values set at arrival</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="40" />
      <source>First in, first out</source>
      <translation>First in, first out</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="18" />
      <source>Fixed</source>
      <translation>Fixed</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="35" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="49" />
      <source>From node</source>
      <translation>From node</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="35" />
      <source>Guidance for agents</source>
      <translation>Guidance for agents</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="17" />
      <source>Height</source>
      <translation>Height</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="51" />
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="20" />
      <source>Lane</source>
      <translation>Lane</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="16" />
      <source>Lane kind</source>
      <translation>Lane kind</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="39" />
      <source>Least loaded agent</source>
      <translation>Least loaded agent</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="21" />
      <source>Log-normal</source>
      <translation>Log-normal</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="36" />
      <source>Mandatory fields</source>
      <translation>Mandatory fields</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="29" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="25" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="27" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="33" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="28" />
      <source>Most likely</source>
      <translation>Most likely</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="38" />
      <source>Next free agent</source>
      <translation>Next free agent</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="19" />
      <source>Notify</source>
      <translation>Notify</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="64" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="46" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="32" />
      <source>Pauses the SLA clocks</source>
      <translation>Pauses the SLA clocks</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="61" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="58" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="19" />
      <source>Pool of agents</source>
      <translation>Pool of agents</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="63" />
      <source>Portal</source>
      <translation>Portal</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="52" />
      <source>Probability</source>
      <translation>Probability</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="43" />
      <source>Probability of satisfaction</source>
      <translation>Probability of satisfaction</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="40" />
      <source>Probability the customer replies</source>
      <translation>Probability the customer replies</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="38" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_rules.py" line="29" />
      <source>Rates by weekday and hour</source>
      <translation>Rates by weekday and hour</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="20" />
      <source>Re-assign to a pool</source>
      <translation>Re-assign to a pool</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="68" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="65" />
      <source>Resolved</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="31" />
      <source>Samples, separated by commas</source>
      <translation>Samples, separated by commas</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="35" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="18" />
      <source>Send a template response</source>
      <translation>Send a template response</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="17" />
      <source>Set a field</source>
      <translation>Set a field</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="30" />
      <source>Standard deviation</source>
      <translation>Standard deviation</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="36" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="33" />
      <source>Support level</source>
      <translation>Support level</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="34" />
      <source>Template response</source>
      <translation>Template response</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="48" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="34" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_rules.py" line="36" />
      <source>Tickets per hour arriving in each hour of the week</source>
      <translation>Tickets per hour arriving in each hour of the week</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="24" />
      <source>Time between arrivals (minutes)</source>
      <translation>Time between arrivals (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="29" />
      <source>Time limit (minutes)</source>
      <translation>Time limit (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="41" />
      <source>Timeout (minutes)</source>
      <translation>Timeout (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="15" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="50" />
      <source>To node</source>
      <translation>To node</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="20" />
      <source>Triangular</source>
      <translation>Triangular</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="33" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="19" />
      <source>Uniform</source>
      <translation>Uniform</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="26" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="34" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="23" />
      <source>Weekly arrival rates</source>
      <translation>Weekly arrival rates</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_rules.py" line="110" />
      <source>When this condition holds, the step takes the duration below</source>
      <translation>When this condition holds, the step takes the duration below</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="18" />
      <source>Width</source>
      <translation>Width</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="316" />
      <source>{where}: {message}</source>
      <translation>{where}: {message}</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../canvas/properties.py" line="208" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="308" />
      <source>Column {column}: {message}</source>
      <translation>Column {column}: {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="274" />
      <source>Not a valid value.</source>
      <translation>Not a valid value.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="80" />
      <source>Properties</source>
      <translation>Properties</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="116" />
      <source>Select one element to see its properties.</source>
      <translation>Select one element to see its properties.</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="../../app/recovery.py" line="76" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="69" />
      <source>Blueprint Studio did not close properly last time. These documents had changes that were not saved. Choose what to do with each one.</source>
      <translation>Blueprint Studio did not close properly last time. These documents had changes that were not saved. Choose what to do with each one.</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="122" />
      <source>Could not restore “{title}”: {reason}</source>
      <translation>Could not restore “{title}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="89" />
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="76" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="76" />
      <source>Last autosave</source>
      <translation>Last autosave</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="66" />
      <source>Recover Unsaved Work</source>
      <translation>Recover Unsaved Work</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="75" />
      <source>Recovered documents</source>
      <translation>Recovered documents</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="88" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="90" />
      <source>Restore or discard {title}</source>
      <translation>Restore or discard {title}</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="81" />
      <source>never saved</source>
      <translation>never saved</translation>
    </message>
  </context>
  <context>
    <name>Replay</name>
    <message>
      <location filename="../../app/docks/replay.py" line="25" />
      <source>Day {day} · {weekday} {hh:02d}:{mm:02d}</source>
      <translation>Day {day} · {weekday} {hh:02d}:{mm:02d}</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="16" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="14" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="16" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="17" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="15" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="14" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="15" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
  </context>
  <context>
    <name>ReplayDock</name>
    <message>
      <location filename="../../app/docks/replay.py" line="76" />
      <source>1 day / s</source>
      <translation>1 day / s</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="49" />
      <source>Close replay</source>
      <translation>Close replay</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="53" />
      <source>Colour by:</source>
      <translation>Colour by:</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="118" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="39" />
      <location filename="../../app/docks/replay.py" line="118" />
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="51" />
      <source>Speed:</source>
      <translation>Speed:</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="33" />
      <source>Watch tickets</source>
      <translation>Watch tickets</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="78" />
      <source>{h:g} h / s</source>
      <translation>{h:g} h / s</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="79" />
      <source>{m:g} min / s</source>
      <translation>{m:g} min / s</translation>
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <location filename="../../app/docks/results_charts.py" line="147" />
      <source>% of tickets</source>
      <translation>% of tickets</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="141" />
      <location filename="../../app/docks/results_charts.py" line="154" />
      <source>90 %</source>
      <translation>90 %</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="154" />
      <source>95 %</source>
      <translation>95 %</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="214" />
      <source>No step passed its time limit in these runs.</source>
      <translation>No step passed its time limit in these runs.</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="21" />
      <source>Open tickets over time</source>
      <translation>Open tickets over time</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="20" />
      <source>Resolution time against the SLA target</source>
      <translation>Resolution time against the SLA target</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="24" />
      <source>SLA breaches per step</source>
      <translation>SLA breaches per step</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="139" />
      <location filename="../../app/docks/results_charts.py" line="161" />
      <source>SLA {name}</source>
      <translation>SLA {name}</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="23" />
      <source>Time in each step, per ticket</source>
      <translation>Time in each step, per ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="22" />
      <source>Utilisation per pool</source>
      <translation>Utilisation per pool</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="177" />
      <source>days</source>
      <translation>days</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="163" />
      <source>hours</source>
      <translation>hours</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="155" />
      <source>longest</source>
      <translation>longest</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="141" />
      <location filename="../../app/docks/results_charts.py" line="153" />
      <source>mean</source>
      <translation>mean</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="153" />
      <source>median</source>
      <translation>median</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="205" />
      <source>minutes per ticket</source>
      <translation>minutes per ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="178" />
      <source>open tickets</source>
      <translation>open tickets</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="148" />
      <source>resolution time (log scale)</source>
      <translation>resolution time (log scale)</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="215" />
      <source>time-limit breaches per run</source>
      <translation>time-limit breaches per run</translation>
    </message>
  </context>
  <context>
    <name>ResultsDock</name>
    <message>
      <location filename="../../app/docks/results.py" line="108" />
      <source>95 % CI high</source>
      <translation>95 % CI high</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="107" />
      <source>95 % CI low</source>
      <translation>95 % CI low</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="109" />
      <source>All KPIs</source>
      <translation>All KPIs</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="123" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="125" />
      <source>Breaches</source>
      <translation>Breaches</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="132" />
      <source>Chart</source>
      <translation>Chart</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="135" />
      <source>Copy KPI table</source>
      <translation>Copy KPI table</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="132" />
      <source>Copy chart</source>
      <translation>Copy chart</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="171" />
      <source>Default settings</source>
      <translation>Default settings</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="138" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="139" />
      <source>Export event log…</source>
      <translation>Export event log…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="138" />
      <source>Export results…</source>
      <translation>Export results…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="140" />
      <source>Export simulation report (PDF)…</source>
      <translation>Export simulation report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="107" />
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="135" />
      <source>KPI table</source>
      <translation>KPI table</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="107" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="79" />
      <source>No results yet: run a scenario (Ctrl+R).</source>
      <translation>No results yet: run a scenario (Ctrl+R).</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="123" />
      <source>Resolution</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="81" />
      <source>Results out of date: the drawing changed since this run.</source>
      <translation>Results out of date: the drawing changed since this run.</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="108" />
      <source>Runs</source>
      <translation>Runs</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="246" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="136" />
      <source>Save KPI table as CSV…</source>
      <translation>Save KPI table as CSV…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="133" />
      <source>Save chart as PNG…</source>
      <translation>Save chart as PNG…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="190" />
      <source>Simulated mean resolution: {simulated}.</source>
      <translation>Simulated mean resolution: {simulated}.</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="74" />
      <source>Simulation results</source>
      <translation>Simulation results</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="124" />
      <source>Time in steps</source>
      <translation>Time in steps</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="124" />
      <source>Utilisation</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="200" />
      <source>Utilisation: {pool}</source>
      <translation>Utilisation: {pool}</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="169" />
      <source>{scenario}: {runs} replication(s), {seconds:.1f} s, document revision {revision}</source>
      <translation>{scenario}: {runs} replication(s), {seconds:.1f} s, document revision {revision}</translation>
    </message>
  </context>
  <context>
    <name>ScenarioForm</name>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="74" />
      <location filename="../../app/docks/scenario_form.py" line="77" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="84" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="97" />
      <source>Agents per pool (shifts: weekdays 1-7, hours, agents)</source>
      <translation>Agents per pool (shifts: weekdays 1-7, hours, agents)</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="93" />
      <source>Arrival multiplier</source>
      <translation>Arrival multiplier</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="73" />
      <source>Days of simulated time</source>
      <translation>Days of simulated time</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="88" />
      <source>First response (h)</source>
      <translation>First response (h)</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="91" />
      <source>Horizon</source>
      <translation>Horizon</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="90" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="73" />
      <source>Number of tickets</source>
      <translation>Number of tickets</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="86" />
      <source>Override the SLA targets</source>
      <translation>Override the SLA targets</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="84" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="92" />
      <source>Replications</source>
      <translation>Replications</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="89" />
      <source>Resolution (h)</source>
      <translation>Resolution (h)</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="90" />
      <source>Run length</source>
      <translation>Run length</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="88" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="93" />
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="84" />
      <source>Shifts</source>
      <translation>Shifts</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="91" />
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="92" />
      <source>Warm-up</source>
      <translation>Warm-up</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="15" />
      <source>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</source>
      <translation>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</translation>
    </message>
  </context>
  <context>
    <name>Scenarios</name>
    <message>
      <location filename="../../app/scenario_commands.py" line="36" />
      <source>Change scenario</source>
      <translation>Change scenario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="50" />
      <source>Delete scenario</source>
      <translation>Delete scenario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="46" />
      <source>Duplicate scenario</source>
      <translation>Duplicate scenario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="20" />
      <location filename="../../app/scenario_commands.py" line="21" />
      <source>New scenario</source>
      <translation>New scenario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="25" />
      <source>Rename scenario</source>
      <translation>Rename scenario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="45" />
      <source>{name} (copy)</source>
      <translation>{name} (copy)</translation>
    </message>
  </context>
  <context>
    <name>ScenariosDock</name>
    <message>
      <location filename="../../app/docks/scenarios.py" line="38" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="36" />
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="155" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="35" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="155" />
      <source>Rename scenario</source>
      <translation>Rename scenario</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="37" />
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="23" />
      <source>Scenarios</source>
      <translation>Scenarios</translation>
    </message>
  </context>
  <context>
    <name>Simulation</name>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="55" />
      <source>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</source>
      <translation>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="42" />
      <source>Change in mean wait (B − A)</source>
      <translation>Change in mean wait (B − A)</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="36" />
      <source>Difference of the comparison</source>
      <translation>Difference of the comparison</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="33" />
      <location filename="../../canvas/overlays/heatmap.py" line="41" />
      <source>Mean wait</source>
      <translation>Mean wait</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="32" />
      <source>Off</source>
      <translation>Off</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="51" />
      <source>Quick estimate ({kind}): {time} in the system per ticket</source>
      <translation>Quick estimate ({kind}): {time} in the system per ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="46" />
      <source>Quick estimate: not available.</source>
      <translation>Quick estimate: not available.</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="49" />
      <source>Quick estimate: not possible here, because {reason}.</source>
      <translation>Quick estimate: not possible here, because {reason}.</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/legend.py" line="58" />
      <source>Results out of date: the drawing changed since this run.</source>
      <translation>Results out of date: the drawing changed since this run.</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="35" />
      <location filename="../../canvas/overlays/heatmap.py" line="42" />
      <source>SLA breaches</source>
      <translation>SLA breaches</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="34" />
      <source>Utilisation</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="41" />
      <source>Utilisation of the pool</source>
      <translation>Utilisation of the pool</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="23" />
      <source>a condition reads a number or text field</source>
      <translation>a condition reads a number or text field</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="21" />
      <source>a customer wait has a timeout</source>
      <translation>a customer wait has a timeout</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="29" />
      <source>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</source>
      <translation>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="24" />
      <source>a rule reads number or text fields</source>
      <translation>a rule reads number or text fields</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="19" />
      <source>a step escalates on a time limit</source>
      <translation>a step escalates on a time limit</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="65" />
      <source>about {m:.0f} min left</source>
      <translation>about {m:.0f} min left</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="64" />
      <source>about {s:.0f} s left</source>
      <translation>about {s:.0f} s left</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="52" />
      <source>approximate</source>
      <translation>approximate</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="16" />
      <source>arrivals follow a weekly schedule</source>
      <translation>arrivals follow a weekly schedule</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="22" />
      <source>conditions and probabilities are mixed on a node</source>
      <translation>conditions and probabilities are mixed on a node</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="17" />
      <source>customers abandon the queue</source>
      <translation>customers abandon the queue</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="62" />
      <source>estimating the time left…</source>
      <translation>estimating the time left…</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="52" />
      <source>exact</source>
      <translation>exact</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="28" />
      <source>no tickets arrive</source>
      <translation>no tickets arrive</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="26" />
      <source>some tickets find no way out</source>
      <translation>some tickets find no way out</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="18" />
      <source>the number of agents changes over the week</source>
      <translation>the number of agents changes over the week</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="20" />
      <source>tickets are re-assigned to another pool</source>
      <translation>tickets are re-assigned to another pool</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="27" />
      <source>tickets loop without end</source>
      <translation>tickets loop without end</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="25" />
      <source>too many kinds of tickets</source>
      <translation>too many kinds of tickets</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="258" />
      <source>{n} tickets</source>
      <translation>{n} tickets</translation>
    </message>
  </context>
  <context>
    <name>SimulationPanel</name>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="83" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="125" />
      <source>Default settings (30 days, 1 run)</source>
      <translation>Default settings (30 days, 1 run)</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="100" />
      <source>Heat map:</source>
      <translation>Heat map:</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="151" />
      <source>Quick estimate: computing…</source>
      <translation>Quick estimate: computing…</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="81" />
      <source>Run</source>
      <translation>Run</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="74" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="155" />
      <source>The blueprint has errors; fix them before running:</source>
      <translation>The blueprint has errors; fix them before running:</translation>
    </message>
  </context>
  <context>
    <name>SimulationWorkspace</name>
    <message>
      <location filename="../../app/simulation_workspace.py" line="95" />
      <source>&amp;Cancel simulation</source>
      <translation>&amp;Cancel simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="98" />
      <source>&amp;Export results…</source>
      <translation>&amp;Export results…</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="95" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Run simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="127" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="97" />
      <source>&amp;Watch tickets</source>
      <translation>&amp;Watch tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="388" />
      <source>CSV (*.csv);;XES (*.xes)</source>
      <translation>CSV (*.csv);;XES (*.xes)</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="96" />
      <source>Co&amp;mpare scenarios…</source>
      <translation>Co&amp;mpare scenarios…</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="99" />
      <source>Export event &amp;log…</source>
      <translation>Export event &amp;log…</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="387" />
      <source>Export event log</source>
      <translation>Export event log</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="272" />
      <location filename="../../app/simulation_workspace.py" line="273" />
      <source>Export finished.</source>
      <translation>Export finished.</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="378" />
      <source>Export results</source>
      <translation>Export results</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="100" />
      <source>Export simulation &amp;report (PDF)…</source>
      <translation>Export simulation &amp;report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="396" />
      <source>Export simulation report</source>
      <translation>Export simulation report</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="379" />
      <source>JSON (*.json);;CSV (*.csv)</source>
      <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="397" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="112" />
      <source>Run the chosen scenario in the background (Ctrl+R)</source>
      <translation>Run the chosen scenario in the background (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="135" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="331" />
      <source>Simulation cancelled.</source>
      <translation>Simulation cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="287" />
      <source>Simulation finished.</source>
      <translation>Simulation finished.</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="264" />
      <source>The blueprint has errors: it cannot run.</source>
      <translation>The blueprint has errors: it cannot run.</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="325" />
      <source>The simulation failed: {error}</source>
      <translation>The simulation failed: {error}</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="312" />
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
    <name>Startup</name>
    <message>
      <location filename="../../app/gui.py" line="56" />
      <source>Another Blueprint Studio window is already running; its unsaved work is left alone.</source>
      <translation>Another Blueprint Studio window is already running; its unsaved work is left alone.</translation>
    </message>
  </context>
  <context>
    <name>TemplateGallery</name>
    <message>
      <location filename="../../app/gallery.py" line="52" />
      <source>Choose a template to start from:</source>
      <translation>Choose a template to start from:</translation>
    </message>
    <message>
      <location filename="../../app/gallery.py" line="49" />
      <source>New from Template</source>
      <translation>New from Template</translation>
    </message>
    <message>
      <location filename="../../app/gallery.py" line="56" />
      <source>Templates</source>
      <translation>Templates</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <location filename="../../app/training_workspace.py" line="95" />
      <source>&amp;Presenter Mode</source>
      <translation>&amp;Presenter Mode</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="97" />
      <source>&amp;Quiz Mode</source>
      <translation>&amp;Quiz Mode</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="100" />
      <source>A PDF with each ticket card's path as numbered steps</source>
      <translation>A PDF with each ticket card's path as numbered steps</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="96" />
      <source>Full screen and large type for a projector; Escape leaves</source>
      <translation>Full screen and large type for a projector; Escape leaves</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="141" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="99" />
      <source>Print &amp;Handout…</source>
      <translation>Print &amp;Handout…</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="140" />
      <location filename="../../app/training_workspace.py" line="152" />
      <source>Print Handout</source>
      <translation>Print Handout</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="93" />
      <source>Start &amp;Walkthrough</source>
      <translation>Start &amp;Walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="94" />
      <source>Step a sample ticket through the blueprint</source>
      <translation>Step a sample ticket through the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="153" />
      <source>The handout could not be written: {why}</source>
      <translation>The handout could not be written: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="108" />
      <source>The handout needs the PDF export, which is not installed in this version</source>
      <translation>The handout needs the PDF export, which is not installed in this version</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="98" />
      <source>The trainee chooses the branch at each decision and is scored</source>
      <translation>The trainee chooses the branch at each decision and is scored</translation>
    </message>
  </context>
  <context>
    <name>Walkthrough</name>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="248" />
      <source>#{n} · {kind}</source>
      <translation>#{n} · {kind}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="174" />
      <source>Cards</source>
      <translation>Cards</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="156" />
      <source>Choose a ticket card, then press Right to start.</source>
      <translation>Choose a ticket card, then press Right to start.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="150" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="92" />
      <source>Clock: {elapsed} counted, {wall} since arrival</source>
      <translation>Clock: {elapsed} counted, {wall} since arrival</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="185" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="186" />
      <source>Copy the template response to the clipboard</source>
      <translation>Copy the template response to the clipboard</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="175" />
      <source>Create, edit or delete ticket cards (undoable)</source>
      <translation>Create, edit or delete ticket cards (undoable)</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="27" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="178" />
      <source>Delete ticket card</source>
      <translation>Delete ticket card</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="177" />
      <source>Edit ticket card…</source>
      <translation>Edit ticket card…</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="31" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="331" />
      <source>Escalations: {n}</source>
      <translation>Escalations: {n}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="187" />
      <source>Fields to fill in</source>
      <translation>Fields to fill in</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="106" />
      <source>Fill in first: {fields}</source>
      <translation>Fill in first: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="82" />
      <source>First response: given after {time} (target {target})</source>
      <translation>First response: given after {time} (target {target})</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="86" />
      <source>First response: {left}</source>
      <translation>First response: {left}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="327" />
      <source>First response: {met}</source>
      <translation>First response: {met}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="191" />
      <source>History (click to go back)</source>
      <translation>History (click to go back)</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="25" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="254" />
      <source>Just done: {what}</source>
      <translation>Just done: {what}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="283" />
      <source>Needs: {fields}</source>
      <translation>Needs: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="358" />
      <source>New ticket</source>
      <translation>New ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="176" />
      <source>New ticket card…</source>
      <translation>New ticket card…</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="188" />
      <source>Next — Right or Space · 1–9 a branch · Left back</source>
      <translation>Next — Right or Space · 1–9 a branch · Left back</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="78" />
      <source>No SLA applies to this ticket.</source>
      <translation>No SLA applies to this ticket.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="238" />
      <source>No branch is offered here.</source>
      <translation>No branch is offered here.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="286" />
      <location filename="../../app/docks/walkthrough_widgets.py" line="292" />
      <source>Not offered: {why}</source>
      <translation>Not offered: {why}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="257" />
      <source>Not this branch. {reason}</source>
      <translation>Not this branch. {reason}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="65" />
      <location filename="../../app/docks/walkthrough.py" line="96" />
      <location filename="../../app/docks/walkthrough.py" line="121" />
      <source>Open a blueprint to start a walkthrough.</source>
      <translation>Open a blueprint to start a walkthrough.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="324" />
      <source>Outcome: {outcome}</source>
      <translation>Outcome: {outcome}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="322" />
      <source>Path: {path}</source>
      <translation>Path: {path}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="182" />
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="333" />
      <source>Quiz score: {right} / {total} decisions right at the first try</source>
      <translation>Quiz score: {right} / {total} decisions right at the first try</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="113" />
      <source>Refused: {code}</source>
      <translation>Refused: {code}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="90" />
      <source>Resolution: {left}</source>
      <translation>Resolution: {left}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="328" />
      <source>Resolution: {met}</source>
      <translation>Resolution: {met}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="180" />
      <source>Restart</source>
      <translation>Restart</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="262" />
      <source>Right: {reason}</source>
      <translation>Right: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="30" />
      <source>Roadmap</source>
      <translation>Roadmap</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="189" />
      <source>SLA clock</source>
      <translation>SLA clock</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="79" />
      <source>SLA: {name}</source>
      <translation>SLA: {name}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="29" />
      <source>Satisfaction survey</source>
      <translation>Satisfaction survey</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="179" />
      <source>Save the path walked as the card's expected path</source>
      <translation>Save the path walked as the card's expected path</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="181" />
      <source>Start the ticket card again from its intake</source>
      <translation>Start the ticket card again from its intake</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="26" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="190" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="184" />
      <source>Template response</source>
      <translation>Template response</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="289" />
      <source>Template response copied.</source>
      <translation>Template response copied.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="98" />
      <source>The SLA clock is paused here.</source>
      <translation>The SLA clock is paused here.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="144" />
      <source>The blueprint has errors; fix them to start a walkthrough:</source>
      <translation>The blueprint has errors; fix them to start a walkthrough:</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="252" />
      <source>The customer sees: {what}</source>
      <translation>The customer sees: {what}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="382" />
      <source>The path was saved to the ticket card.</source>
      <translation>The path was saved to the ticket card.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="152" />
      <source>The ticket card was deleted.</source>
      <translation>The ticket card was deleted.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="109" />
      <source>The ticket has reached an end.</source>
      <translation>The ticket has reached an end.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="230" />
      <source>The ticket has reached an end. Left goes back.</source>
      <translation>The ticket has reached an end. Left goes back.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="183" />
      <source>The trainee chooses the branch at each decision</source>
      <translation>The trainee chooses the branch at each decision</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="111" />
      <source>There is no such branch.</source>
      <translation>There is no such branch.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="108" />
      <source>These values are not allowed: {fields}</source>
      <translation>These values are not allowed: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="154" />
      <source>This blueprint has no ticket cards: create one to start.</source>
      <translation>This blueprint has no ticket cards: create one to start.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="107" />
      <source>This branch is not offered: {why}</source>
      <translation>This branch is not offered: {why}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="110" />
      <source>This step has no time limit to escalate on.</source>
      <translation>This step has no time limit to escalate on.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="175" />
      <source>This ticket card cannot be walked: {why}</source>
      <translation>This ticket card cannot be walked: {why}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="352" />
      <source>Ticket card</source>
      <translation>Ticket card</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="173" />
      <source>Ticket card:</source>
      <translation>Ticket card:</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="268" />
      <source>Time limit of {time} passes: escalate to {target}</source>
      <translation>Time limit of {time} passes: escalate to {target}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="325" />
      <source>Time: {wall} since arrival, {elapsed} on the SLA clock</source>
      <translation>Time: {wall} since arrival, {elapsed} on the SLA clock</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="169" />
      <source>Type here…</source>
      <translation>Type here…</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="28" />
      <source>Wait for customer</source>
      <translation>Wait for customer</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="83" />
      <source>Walkthrough</source>
      <translation>Walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="259" />
      <source>When this step is done: {what}</source>
      <translation>When this step is done: {what}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="234" />
      <source>Your turn: choose the branch with its number key.</source>
      <translation>Your turn: choose the branch with its number key.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="95" />
      <source>business hours, now {when}</source>
      <translation>business hours, now {when}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="285" />
      <source>for “{branch}”</source>
      <translation>for “{branch}”</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="320" />
      <location filename="../../app/docks/walkthrough_widgets.py" line="68" />
      <source>met</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="320" />
      <source>missed</source>
      <translation>missed</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="320" />
      <location filename="../../app/docks/walkthrough_widgets.py" line="66" />
      <source>no target</source>
      <translation>no target</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="70" />
      <source>overdue by {time}</source>
      <translation>overdue by {time}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="156" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="51" />
      <source>{d} d</source>
      <translation>{d} d</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="51" />
      <source>{d} d {h} h</source>
      <translation>{d} d {h} h</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="53" />
      <source>{h} h</source>
      <translation>{h} h</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="53" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="54" />
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="71" />
      <source>{time} left of {target}</source>
      <translation>{time} left of {target}</translation>
    </message>
  </context>
</TS>
