<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../app/shell/actions.py" line="171" />
      <source>&amp;About Blueprint Studio</source>
      <translation>&amp;About Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="75" />
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="65" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="163" />
      <source>&amp;Getting started</source>
      <translation>&amp;Getting started</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="147" />
      <source>&amp;Minimap</source>
      <translation>&amp;Minimap</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="35" />
      <source>&amp;New</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="47" />
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="87" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="93" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="105" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="157" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Run simulation</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="53" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="99" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="210" />
      <source>Add a stage column at the right</source>
      <translation>Add a stage column at the right</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="209" />
      <source>Add a swimlane at the bottom</source>
      <translation>Add a swimlane at the bottom</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="81" />
      <source>Clear the list</source>
      <translation>Clear the list</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="94" />
      <source>Close every blueprint and quit</source>
      <translation>Close every blueprint and quit</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="76" />
      <source>Close this blueprint</source>
      <translation>Close this blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="199" />
      <source>Copy the selected nodes</source>
      <translation>Copy the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="200" />
      <source>Cut the selected nodes</source>
      <translation>Cut the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="181" />
      <source>Delete the selection and its links</source>
      <translation>Delete the selection and its links</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="215" />
      <source>Draw links as straight lines</source>
      <translation>Draw links as straight lines</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="185" />
      <source>Duplicate the selected nodes</source>
      <translation>Duplicate the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="66" />
      <source>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</source>
      <translation>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="206" />
      <source>Fit the whole drawing in the window</source>
      <translation>Fit the whole drawing in the window</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="82" />
      <source>Forget the recently opened files</source>
      <translation>Forget the recently opened files</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="141" />
      <source>Go to diagnostics</source>
      <translation>Go to diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="135" />
      <source>Go to properties</source>
      <translation>Go to properties</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="123" />
      <source>Go to the canvas</source>
      <translation>Go to the canvas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="129" />
      <source>Go to the palette</source>
      <translation>Go to the palette</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="164" />
      <source>How to design, simulate, train and export, with every menu command and shortcut</source>
      <translation>How to design, simulate, train and export, with every menu command and shortcut</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="88" />
      <source>Language, theme, grid, autosave and PDF settings</source>
      <translation>Language, theme, grid, autosave and PDF settings</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="218" />
      <source>Line up the selected nodes</source>
      <translation>Line up the selected nodes</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="188" />
      <source>Link the selected nodes to a node chosen by name</source>
      <translation>Link the selected nodes to a node chosen by name</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="124" />
      <source>Move the keyboard focus to the drawing</source>
      <translation>Move the keyboard focus to the drawing</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="41" />
      <source>New from &amp;template…</source>
      <translation>New from &amp;template…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="111" />
      <source>Next blueprint</source>
      <translation>Next blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="48" />
      <source>Open a blueprint file</source>
      <translation>Open a blueprint file</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="201" />
      <source>Paste nodes from the clipboard</source>
      <translation>Paste nodes from the clipboard</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="212" />
      <source>Place the nodes automatically along the flow</source>
      <translation>Place the nodes automatically along the flow</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="117" />
      <source>Previous blueprint</source>
      <translation>Previous blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="106" />
      <source>Redo the change just undone</source>
      <translation>Redo the change just undone</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="186" />
      <source>Rename the selected element on the canvas</source>
      <translation>Rename the selected element on the canvas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="158" />
      <source>Run the chosen scenario in the background</source>
      <translation>Run the chosen scenario in the background</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="59" />
      <source>Save &amp;as…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="54" />
      <source>Save the blueprint</source>
      <translation>Save the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="60" />
      <source>Save the blueprint under another name</source>
      <translation>Save the blueprint under another name</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="184" />
      <source>Select every node and link</source>
      <translation>Select every node and link</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="196" />
      <source>Select the links arriving at the selected node, one after the other</source>
      <translation>Select the links arriving at the selected node, one after the other</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="192" />
      <source>Select the links leaving the selected node, one after the other</source>
      <translation>Select the links leaving the selected node, one after the other</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="148" />
      <source>Show an overview of the whole drawing in a corner of the canvas; click or drag in it to move around</source>
      <translation>Show an overview of the whole drawing in a corner of the canvas; click or drag in it to move around</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="216" />
      <source>Show or hide the background grid</source>
      <translation>Show or hide the background grid</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="142" />
      <source>Show the diagnostics and move the keyboard focus to them</source>
      <translation>Show the diagnostics and move the keyboard focus to them</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="204" />
      <source>Show the drawing at 100 %</source>
      <translation>Show the drawing at 100 %</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="112" />
      <source>Show the next open blueprint</source>
      <translation>Show the next open blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="130" />
      <source>Show the palette and move the keyboard focus to it</source>
      <translation>Show the palette and move the keyboard focus to it</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="118" />
      <source>Show the previous open blueprint</source>
      <translation>Show the previous open blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="136" />
      <source>Show the properties and move the keyboard focus to them</source>
      <translation>Show the properties and move the keyboard focus to them</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="222" />
      <source>Space the selected nodes evenly</source>
      <translation>Space the selected nodes evenly</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="36" />
      <source>Start a blank blueprint</source>
      <translation>Start a blank blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="42" />
      <source>Start from one of the bundled templates</source>
      <translation>Start from one of the bundled templates</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="100" />
      <source>Undo the last change</source>
      <translation>Undo the last change</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="172" />
      <source>Version and credits</source>
      <translation>Version and credits</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="202" />
      <source>Zoom in on the drawing</source>
      <translation>Zoom in on the drawing</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="203" />
      <source>Zoom out of the drawing</source>
      <translation>Zoom out of the drawing</translation>
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
      <location filename="../../canvas/commands/base.py" line="156" />
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
      <location filename="../../canvas/editor.py" line="377" />
      <source>Arrange automatically</source>
      <translation>Arrange automatically</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="58" />
      <source>Backstage</source>
      <translation>Backstage</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/base.py" line="170" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="390" />
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
      <location filename="../../app/shell/canvas_texts.py" line="56" />
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
      <location filename="../../canvas/editor.py" line="438" />
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="348" />
      <source>Edit {field}</source>
      <translation>Edit {field}</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="51" />
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
      <location filename="../../app/shell/canvas_texts.py" line="57" />
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
      <location filename="../../app/shell/canvas_texts.py" line="61" />
      <source>Lane</source>
      <translation>Lane</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="15" />
      <source>Line of interaction</source>
      <translation>Line of interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="17" />
      <source>Line of internal interaction</source>
      <translation>Line of internal interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="16" />
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
      <location filename="../../canvas/editor.py" line="432" />
      <source>Paste</source>
      <translation>Paste</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="60" />
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
      <source>Roadmap</source>
      <translation>Roadmap</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="49" />
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
      <location filename="../../app/shell/canvas_texts.py" line="41" />
      <source>Show grid</source>
      <translation>Show grid</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="404" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="46" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="40" />
      <source>Straight edges</source>
      <translation>Straight edges</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="59" />
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
      <location filename="../../canvas/items/edge.py" line="66" />
      <source>default</source>
      <translation>default</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="72" />
      <source>{count} nodes</source>
      <translation>{count} nodes</translation>
    </message>
    <message>
      <location filename="../../canvas/items/lane.py" line="158" />
      <source>{n} agent(s)</source>
      <translation>{n} agent(s)</translation>
    </message>
  </context>
  <context>
    <name>CardCommands</name>
    <message>
      <location filename="../../canvas/commands/cards.py" line="39" />
      <source>Add ticket card</source>
      <translation>Add ticket card</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/cards.py" line="56" />
      <source>Delete ticket card</source>
      <translation>Delete ticket card</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/cards.py" line="45" />
      <location filename="../../canvas/commands/cards.py" line="50" />
      <source>Edit ticket card</source>
      <translation>Edit ticket card</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <location filename="../../app/training/card_dialog.py" line="88" />
      <location filename="../../app/training/card_dialog.py" line="97" />
      <source>(not set)</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="67" />
      <source>Expected path</source>
      <translation>Expected path</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="68" />
      <source>Forget the expected path</source>
      <translation>Forget the expected path</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="54" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="64" />
      <source>No expected path: the quiz compares with the model's own choices.</source>
      <translation>No expected path: the quiz compares with the model's own choices.</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="45" />
      <source>Ticket card</source>
      <translation>Ticket card</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="53" />
      <source>e.g. Password reset by e-mail, P3</source>
      <translation>e.g. Password reset by e-mail, P3</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="91" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="91" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="112" />
      <source>“{field}” needs a number such as 12 or 3.5; “{text}” is not one.</source>
      <translation>“{field}” needs a number such as 12 or 3.5; “{text}” is not one.</translation>
    </message>
  </context>
  <context>
    <name>CompareDock</name>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="71" />
      <source>A:</source>
      <translation>A:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>B − A (95 % interval)</source>
      <translation>B − A (95 % interval)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="73" />
      <source>B:</source>
      <translation>B:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="83" />
      <source>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</source>
      <translation>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="69" />
      <source>Compare</source>
      <translation>Compare</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="61" />
      <source>Compare scenarios</source>
      <translation>Compare scenarios</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="139" />
      <source>No comparison for {title} yet: pick A and B, then Compare.</source>
      <translation>No comparison for {title} yet: pick A and B, then Compare.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>Real?</source>
      <translation>Real?</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="100" />
      <source>Show the change in waits on the blueprint</source>
      <translation>Show the change in waits on the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="150" />
      <source>{title}: compared {when}.</source>
      <translation>{title}: compared {when}.</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <location filename="../../app/shell/messages.py" line="185" />
      <source>'{token}' is not expected here</source>
      <translation>'{token}' is not expected here</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="92" />
      <source>A flow goes into {subject}; intakes only start tickets.</source>
      <translation>A flow goes into {subject}; intakes only start tickets.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="55" />
      <source>Conditions and probabilities are mixed on the branches of {subject}; conditions are tried first.</source>
      <translation>Conditions and probabilities are mixed on the branches of {subject}; conditions are tried first.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="40" />
      <source>Dead end: tickets that reach {subject} have no way out.</source>
      <translation>Dead end: tickets that reach {subject} have no way out.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="63" />
      <source>In {subject}, the {slot} '{text}' cannot be read at column {column}: {detail}.</source>
      <translation>In {subject}, the {slot} '{text}' cannot be read at column {column}: {detail}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="73" />
      <source>In {subject}, the {slot} '{text}' compares values of different kinds or is not a yes/no test (column {column}).</source>
      <translation>In {subject}, the {slot} '{text}' compares values of different kinds or is not a yes/no test (column {column}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="66" />
      <source>In {subject}, the {slot} '{text}' uses an unknown field '{field}' (column {column}).</source>
      <translation>In {subject}, the {slot} '{text}' uses an unknown field '{field}' (column {column}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="69" />
      <source>In {subject}, the {slot} '{text}' uses the value {value!r}, which the field '{field}' does not allow (column {column}).</source>
      <translation>In {subject}, the {slot} '{text}' uses the value {value!r}, which the field '{field}' does not allow (column {column}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="41" />
      <source>Loop with no way out: tickets that enter it ({subjects}) can never reach an end.</source>
      <translation>Loop with no way out: tickets that enter it ({subjects}) can never reach an end.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="39" />
      <source>No ticket can reach {subject} from an intake.</source>
      <translation>No ticket can reach {subject} from an intake.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="59" />
      <source>Several branches of {subject} have no condition; only the first one will ever be taken.</source>
      <translation>Several branches of {subject} have no condition; only the first one will ever be taken.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="142" />
      <source>Spread too large for {subject} ({setting}): its values cannot be computed; use a smaller standard deviation.</source>
      <translation>Spread too large for {subject} ({setting}): its values cannot be computed; use a smaller standard deviation.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="52" />
      <source>The branch probabilities of {subject} add up to {total}, not 1.</source>
      <translation>The branch probabilities of {subject} add up to {total}, not 1.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="123" />
      <source>The expected path of {subject} does not follow the flows from an intake.</source>
      <translation>The expected path of {subject} does not follow the flows from an intake.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="23" />
      <source>The flow has no end: tickets can never be closed.</source>
      <translation>The flow has no end: tickets can never be closed.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="22" />
      <source>The flow has no intake: tickets cannot arrive anywhere.</source>
      <translation>The flow has no intake: tickets cannot arrive anywhere.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="108" />
      <source>The lane order breaks the lines of interaction, visibility and internal interaction: {subject} ({above}) sits above {second} ({below}).</source>
      <translation>The lane order breaks the lines of interaction, visibility and internal interaction: {subject} ({above}) sits above {second} ({below}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="126" />
      <source>Tickets that enter the loop {nodes} can never leave it: the branch probabilities, or the survey's answer, never lead to a way out.</source>
      <translation>Tickets that enter the loop {nodes} can never leave it: the branch probabilities, or the survey's answer, never lead to a way out.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="138" />
      <source>Too long for {subject} ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.</source>
      <translation>Too long for {subject} ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="134" />
      <source>Too many arrivals at {subject} ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most).</source>
      <translation>Too many arrivals at {subject} ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="213" />
      <source>a missing node</source>
      <translation>a missing node</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="183" />
      <source>a quote is not closed</source>
      <translation>a quote is not closed</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="162" />
      <source>arrival rate</source>
      <translation>arrival rate</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="163" />
      <source>busiest hour of the weekly schedule</source>
      <translation>busiest hour of the weekly schedule</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="187" />
      <source>comparisons cannot be chained; join them with 'and'</source>
      <translation>comparisons cannot be chained; join them with 'and'</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="173" />
      <source>condition</source>
      <translation>condition</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="158" />
      <source>customer patience</source>
      <translation>customer patience</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="156" />
      <source>customer response time</source>
      <translation>customer response time</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="159" />
      <source>distribution of this field</source>
      <translation>distribution of this field</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="154" />
      <source>duration</source>
      <translation>duration</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="155" />
      <source>duration of a rule</source>
      <translation>duration of a rule</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="217" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="186" />
      <source>expected {expected}</source>
      <translation>expected {expected}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="174" />
      <source>guard</source>
      <translation>guard</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="167" />
      <source>it does not exist</source>
      <translation>it does not exist</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="179" />
      <source>it is empty</source>
      <translation>it is empty</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="181" />
      <source>it is nested too deeply</source>
      <translation>it is nested too deeply</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="168" />
      <source>it is not a process node</source>
      <translation>it is not a process node</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="180" />
      <source>it is too long</source>
      <translation>it is too long</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="169" />
      <source>no end can be reached from it</source>
      <translation>no end can be reached from it</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="175" />
      <source>rule</source>
      <translation>rule</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="208" />
      <source>the SLA {name}</source>
      <translation>the SLA {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="182" />
      <source>the character {character} is not allowed</source>
      <translation>the character {character} is not allowed</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="196" />
      <source>the decision {name}</source>
      <translation>the decision {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="200" />
      <source>the end {name}</source>
      <translation>the end {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="201" />
      <source>the evidence {name}</source>
      <translation>the evidence {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="194" />
      <source>the intake {name}</source>
      <translation>the intake {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="205" />
      <source>the lane {name}</source>
      <translation>the lane {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="203" />
      <source>the link from {source} to {target}</source>
      <translation>the link from {source} to {target}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="204" />
      <source>the link {name} from {source} to {target}</source>
      <translation>the link {name} from {source} to {target}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="202" />
      <source>the note {name}</source>
      <translation>the note {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="206" />
      <source>the pool {name}</source>
      <translation>the pool {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="199" />
      <source>the roadmap {name}</source>
      <translation>the roadmap {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="198" />
      <source>the satisfaction survey {name}</source>
      <translation>the satisfaction survey {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="207" />
      <source>the scenario {name}</source>
      <translation>the scenario {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="195" />
      <source>the step {name}</source>
      <translation>the step {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="209" />
      <source>the ticket card {name}</source>
      <translation>the ticket card {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="197" />
      <source>the wait {name}</source>
      <translation>the wait {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="214" />
      <source>this element</source>
      <translation>this element</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="184" />
      <source>this value is too long</source>
      <translation>this value is too long</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="157" />
      <source>time between arrivals</source>
      <translation>time between arrivals</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="160" />
      <source>time limit</source>
      <translation>time limit</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="161" />
      <source>timeout</source>
      <translation>timeout</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="218" />
      <source>warning</source>
      <translation>warning</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="212" />
      <source>{number} (untitled)</source>
      <translation>{number} (untitled)</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="130" />
      <source>{pool} has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.</source>
      <translation>{pool} has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="80" />
      <source>{pool} has no agents at any time, but tickets reach {second}, a step it serves.</source>
      <translation>{pool} has no agents at any time, but tickets reach {second}, a step it serves.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="326" />
      <source>{severity}: {message}</source>
      <translation>{severity}: {message}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="116" />
      <source>{subject} counts business hours, but its calendar pool has no shifts: choose a pool with shifts as its calendar, or count every hour.</source>
      <translation>{subject} counts business hours, but its calendar pool has no shifts: choose a pool with shifts as its calendar, or count every hour.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="36" />
      <source>{subject} gives the field '{field}' the value {value!r}, which it does not allow.</source>
      <translation>{subject} gives the field '{field}' the value {value!r}, which it does not allow.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="112" />
      <source>{subject} goes straight from the customer to a support process, skipping the front stage.</source>
      <translation>{subject} goes straight from the customer to a support process, skipping the front stage.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="83" />
      <source>{subject} has a time limit but no escalation target.</source>
      <translation>{subject} has a time limit but no escalation target.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="89" />
      <source>{subject} has a timeout but no node to go to when it runs out.</source>
      <translation>{subject} has a timeout but no node to go to when it runs out.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="120" />
      <source>{subject} has an arrival rate of zero: no ticket will arrive there.</source>
      <translation>{subject} has an arrival rate of zero: no ticket will arrive there.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="77" />
      <source>{subject} has no agent pool: give it one, or put it in a lane that has one.</source>
      <translation>{subject} has no agent pool: give it one, or put it in a lane that has one.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="44" />
      <source>{subject} has no default branch, and a ticket with {example} matches none of its conditions.</source>
      <translation>{subject} has no default branch, and a ticket with {example} matches none of its conditions.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="48" />
      <source>{subject} has no default branch: whether every ticket finds a way out depends on the field '{field}'; add a default branch to be sure.</source>
      <translation>{subject} has no default branch: whether every ticket finds a way out depends on the field '{field}'; add a default branch to be sure.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="95" />
      <source>{subject} has outgoing flows; they are never taken.</source>
      <translation>{subject} has outgoing flows; they are never taken.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="96" />
      <source>{subject} is a ticket flow, but a flow cannot go to or from physical evidence or a note; use an association.</source>
      <translation>{subject} is a ticket flow, but a flow cannot go to or from physical evidence or a note; use an association.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="104" />
      <source>{subject} is an association between two annotations; tie evidence or notes to a process node.</source>
      <translation>{subject} is an association between two annotations; tie evidence or notes to a process node.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="100" />
      <source>{subject} is an association between two process nodes; use a flow, or tie evidence or a note instead.</source>
      <translation>{subject} is an association between two process nodes; use a flow, or tie evidence or a note instead.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="33" />
      <source>{subject} names a ticket field that does not exist: '{field}'.</source>
      <translation>{subject} names a ticket field that does not exist: '{field}'.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="30" />
      <source>{subject} names an agent pool that does not exist ('{pool}').</source>
      <translation>{subject} names an agent pool that does not exist ('{pool}').</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="24" />
      <source>{subject} points to a node that does not exist ('{node}').</source>
      <translation>{subject} points to a node that does not exist ('{node}').</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="86" />
      <source>{subject} sends tickets on to {target}, which cannot take them ({reason}).</source>
      <translation>{subject} sends tickets on to {target}, which cannot take them ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="27" />
      <source>{subject} sits in a lane that does not exist ('{lane}').</source>
      <translation>{subject} sits in a lane that does not exist ('{lane}').</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="146" />
      <source>{subject} would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.</source>
      <translation>{subject} would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="211" />
      <source>“{title}”</source>
      <translation>“{title}”</translation>
    </message>
  </context>
  <context>
    <name>DiagnosticsPanel</name>
    <message>
      <location filename="../../canvas/diagnostics.py" line="121" />
      <source>No problems found.</source>
      <translation>No problems found.</translation>
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
      <location filename="../../app/files/document_tab.py" line="97" />
      <source>Untitled {n}</source>
      <translation>Untitled {n}</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../app/files/documents.py" line="183" />
      <source>Cannot Open the File</source>
      <translation>Cannot Open the File</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="216" />
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
      <location filename="../../app/files/documents.py" line="280" />
      <source>Reloaded “{name}” from disk.</source>
      <translation>Reloaded “{name}” from disk.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="232" />
      <source>Save Failed</source>
      <translation>Save Failed</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="243" />
      <source>Saved “{name}”.</source>
      <translation>Saved “{name}”.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="266" />
      <source>Split it into smaller blueprints before you close it, or it cannot be opened again.</source>
      <translation>Split it into smaller blueprints before you close it, or it cannot be opened again.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="102" />
      <source>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</source>
      <translation>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="256" />
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
      <location filename="../../app/files/documents.py" line="324" />
      <source>“{name}” is back on disk.</source>
      <translation>“{name}” is back on disk.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="217" />
      <source>“{name}” is open in another tab; close it first or choose another name.</source>
      <translation>“{name}” is open in another tab; close it first or choose another name.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="296" />
      <source>“{name}” was changed on disk by someone else. Saving will ask what to do.</source>
      <translation>“{name}” was changed on disk by someone else. Saving will ask what to do.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="311" />
      <source>“{name}” was deleted or moved on disk. The document is still open here: save it to write the file again.</source>
      <translation>“{name}” was deleted or moved on disk. The document is still open here: save it to write the file again.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="100" />
      <source>“{name}” was made with a newer version of Blueprint Studio.</source>
      <translation>“{name}” was made with a newer version of Blueprint Studio.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="230" />
      <source>“{name}” was not saved. Your changes are still open here.</source>
      <translation>“{name}” was not saved. Your changes are still open here.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="258" />
      <source>“{name}” was saved, but it has {count} elements in “{collection}”, more than the {limit} Blueprint Studio opens.</source>
      <translation>“{name}” was saved, but it has {count} elements in “{collection}”, more than the {limit} Blueprint Studio opens.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/files/export_dialog.py" line="411" />
      <source>A {width} × {height} pixel image is too large: choose a lower resolution.</source>
      <translation>A {width} × {height} pixel image is too large: choose a lower resolution.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="97" />
      <source>Add the simulation report</source>
      <translation>Add the simulation report</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="101" />
      <source>Add the training handout</source>
      <translation>Add the training handout</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="84" />
      <source>Automatic</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="462" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="181" />
      <source>Choose at least one part: the blueprint, the simulation report or the training handout.</source>
      <translation>Choose at least one part: the blueprint, the simulation report or the training handout.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="379" />
      <location filename="../../app/files/export_dialog.py" line="382" />
      <source>Drawing the image…</source>
      <translation>Drawing the image…</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="60" />
      <location filename="../../app/files/export_dialog.py" line="311" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="449" />
      <source>Export cancelled: no file was written.</source>
      <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="443" />
      <source>Export failed</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="436" />
      <source>Exported to {path}</source>
      <translation>Exported to {path}</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="89" />
      <source>Fit on one page</source>
      <translation>Fit on one page</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="117" />
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="86" />
      <source>Landscape</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="103" />
      <source>Language of the document</source>
      <translation>Language of the document</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="128" />
      <source>Language:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="119" />
      <source>Orientation:</source>
      <translation>Orientation:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="75" />
      <source>PDF document</source>
      <translation>PDF document</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="305" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="77" />
      <source>PNG image</source>
      <translation>PNG image</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="307" />
      <source>PNG images (*.png)</source>
      <translation>PNG images (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="118" />
      <source>Paper:</source>
      <translation>Paper:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="85" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="280" />
      <source>Poster of {columns} × {rows} sheets.</source>
      <translation>Poster of {columns} × {rows} sheets.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="90" />
      <source>Poster over several pages</source>
      <translation>Poster over several pages</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="273" />
      <source>Printed at {percent} % of full size: step names about {points} pt high.</source>
      <translation>Printed at {percent} % of full size: step names about {points} pt high.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="129" />
      <source>Resolution:</source>
      <translation>Resolution:</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="76" />
      <source>SVG drawing</source>
      <translation>SVG drawing</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="306" />
      <source>SVG drawings (*.svg)</source>
      <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="96" />
      <source>The blueprint</source>
      <translation>The blueprint</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="414" />
      <source>The folder {folder} does not exist.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="424" />
      <source>The resolution must be between 24 and 1200 dpi.</source>
      <translation>The resolution must be between 24 and 1200 dpi.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="286" />
      <source>Too small to read: choose a poster over several pages or a larger paper.</source>
      <translation>Too small to read: choose a poster over several pages or a larger paper.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="417" />
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>You are not allowed to write in the folder {folder}: choose another folder.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="420" />
      <source>{name} could not be written: the disk refused the data (is it full?).</source>
      <translation>{name} could not be written: the disk refused the data (is it full?).</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="425" />
      <source>{name} could not be written: {reason}</source>
      <translation>{name} could not be written: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/shell/help.py" line="296" />
      <source>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="304" />
      <source>About Blueprint Studio</source>
      <translation>About Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="240" />
      <source>Arrow keys nudge the selection (Shift: one grid step); Tab and Shift+Tab walk along the flow. {palette}, {properties} and {diagnostics} go to the panels; {canvas} comes back to the canvas.</source>
      <translation>Arrow keys nudge the selection (Shift: one grid step); Tab and Shift+Tab walk along the flow. {palette}, {properties} and {diagnostics} go to the panels; {canvas} comes back to the canvas.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="150" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="171" />
      <source>Choose a scenario in the Simulation panel (horizon, warm-up, arrivals, staffing, replications) and run it with {run}; {cancel} stops it. The Simulation results panel shows resolution times, SLA breaches, waits and utilisation with their confidence intervals, and the canvas colours each step by its queue wait.</source>
      <translation>Choose a scenario in the Simulation panel (horizon, warm-up, arrivals, staffing, replications) and run it with {run}; {cancel} stops it. The Simulation results panel shows resolution times, SLA breaches, waits and utilisation with their confidence intervals, and the canvas colours each step by its queue wait.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="178" />
      <source>Compare and replay</source>
      <translation>Compare and replay</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="252" />
      <source>Design a blueprint</source>
      <translation>Design a blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="135" />
      <source>Drag a node from the Palette onto the canvas, or pick its kind in the Insert menu: it is placed next to the selected node and linked to it. {connect} links the selection to a node chosen by name; you can also drag from the small circle on a node's side to another node. {lane} adds a swimlane: customer, frontstage, backstage and support lanes, in that order, give the lines of interaction, visibility and internal interaction. {rename} renames the selection; durations, pools, SLAs and branch conditions are edited in the Properties panel ({properties}).</source>
      <translation>Drag a node from the Palette onto the canvas, or pick its kind in the Insert menu: it is placed next to the selected node and linked to it. {connect} links the selection to a node chosen by name; you can also drag from the small circle on a node's side to another node. {lane} adds a swimlane: customer, frontstage, backstage and support lanes, in that order, give the lines of interaction, visibility and internal interaction. {rename} renames the selection; durations, pools, SLAs and branch conditions are edited in the Properties panel ({properties}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="133" />
      <source>Draw</source>
      <translation>Draw</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="262" />
      <source>Every shortcut</source>
      <translation>Every shortcut</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="255" />
      <source>Export and share</source>
      <translation>Export and share</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="279" />
      <source>Getting started</source>
      <translation>Getting started</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="283" />
      <source>Getting started guide</source>
      <translation>Getting started guide</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="262" />
      <source>Getting started with Blueprint Studio</source>
      <translation>Getting started with Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="210" />
      <source>Handout</source>
      <translation>Handout</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="256" />
      <source>Keyboard</source>
      <translation>Keyboard</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="238" />
      <source>Moving around</source>
      <translation>Moving around</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="219" />
      <source>PDF, SVG and PNG</source>
      <translation>PDF, SVG and PNG</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="169" />
      <source>Run</source>
      <translation>Run</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="159" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="253" />
      <source>Simulate it</source>
      <translation>Simulate it</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="124" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="152" />
      <source>The Diagnostics panel ({diagnostics}) lists every problem: an unreachable step, a dead end, a decision without a default branch. Click one to jump to the element at fault; the canvas marks it with a badge. Errors must be fixed before a simulation; warnings need not be.</source>
      <translation>The Diagnostics panel ({diagnostics}) lists every problem: an unreachable step, a dead end, a decision without a default branch. Click one to jump to the element at fault; the canvas marks it with a badge. Errors must be fixed before a simulation; warnings need not be.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="230" />
      <source>The same jobs run from a terminal: &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; and &lt;tt&gt;export&lt;/tt&gt; (see &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</source>
      <translation>The same jobs run from a terminal: &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; and &lt;tt&gt;export&lt;/tt&gt; (see &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="254" />
      <source>Train new agents</source>
      <translation>Train new agents</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="195" />
      <source>Walkthrough</source>
      <translation>Walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="126" />
      <source>With no blueprint open, the start page offers a blank blueprint, the templates, Open… and your recent files. From the menus: {new}, {template} or {open}.</source>
      <translation>With no blueprint open, the start page offers a blank blueprint, the templates, Open… and your recent files. From the menus: {new}, {template} or {open}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="228" />
      <source>Without the window</source>
      <translation>Without the window</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="180" />
      <source>{compare} runs two scenarios and shows the differences; {watch} replays tickets moving through the flow. {results}, {log} and {report} save the figures, the event log (CSV or XES) and a PDF report.</source>
      <translation>{compare} runs two scenarios and shows the differences; {watch} replays tickets moving through the flow. {results}, {log} and {report} save the figures, the event log (CSV or XES) and a PDF report.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="221" />
      <source>{export} produces a vector PDF of the blueprint (title block, legend, lanes and lines; A4 or A3, portrait or landscape, fitted on one page or tiled), with the simulation report if you wish, or an SVG drawing or a PNG image. The default paper size is set in {preferences}.</source>
      <translation>{export} produces a vector PDF of the blueprint (title block, legend, lanes and lines; A4 or A3, portrait or landscape, fitted on one page or tiled), with the simulation report if you wish, or an SVG drawing or a PNG image. The default paper size is set in {preferences}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="212" />
      <source>{handout} prints each ticket card's path as numbered steps, as a PDF to hand out to the class.</source>
      <translation>{handout} prints each ticket card's path as numbered steps, as a PDF to hand out to the class.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="161" />
      <source>{save} writes the file safely (the previous version is kept as .bak); {save_as} saves it under another name. Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</source>
      <translation>{save} writes the file safely (the previous version is kept as .bak); {save_as} saves it under another name. Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="197" />
      <source>{start} steps a sample ticket through the blueprint: the current step is highlighted with its instructions, template response and mandatory fields, and at each decision the trainee picks the branch. {quiz} scores the trainee's choices; {presenter} enlarges everything for a projector; {end} stops.</source>
      <translation>{start} steps a sample ticket through the blueprint: the current step is highlighted with its instructions, template response and mandatory fields, and at each decision the trainee picks the branch. {quiz} scores the trainee's choices; {presenter} enlarges everything for a projector; {end} stops.</translation>
    </message>
  </context>
  <context>
    <name>Kpi</name>
    <message>
      <location filename="../../model/kpis.py" line="30" />
      <source>Escalation rate</source>
      <translation>Escalation rate</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="35" />
      <source>Feature requests sent to the roadmap</source>
      <translation>Feature requests sent to the roadmap</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="28" />
      <source>First response time, mean</source>
      <translation>First response time, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="29" />
      <source>First-contact resolution</source>
      <translation>First-contact resolution</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="31" />
      <source>First-response SLA breaches</source>
      <translation>First-response SLA breaches</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="33" />
      <source>Re-opened tickets</source>
      <translation>Re-opened tickets</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="32" />
      <source>Resolution SLA breaches</source>
      <translation>Resolution SLA breaches</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="25" />
      <source>Resolution time, 90th percentile</source>
      <translation>Resolution time, 90th percentile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="26" />
      <source>Resolution time, 95th percentile</source>
      <translation>Resolution time, 95th percentile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="27" />
      <source>Resolution time, longest</source>
      <translation>Resolution time, longest</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="23" />
      <source>Resolution time, mean</source>
      <translation>Resolution time, mean</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="24" />
      <source>Resolution time, median</source>
      <translation>Resolution time, median</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="34" />
      <source>Satisfied survey answers</source>
      <translation>Satisfied survey answers</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="38" />
      <source>Staff cost</source>
      <translation>Staff cost</translation>
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
      <location filename="../../model/kpis.py" line="20" />
      <source>Tickets resolved</source>
      <translation>Tickets resolved</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="22" />
      <source>Tickets still open at the end</source>
      <translation>Tickets still open at the end</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="39" />
      <source>Tickets with no way out</source>
      <translation>Tickets with no way out</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="36" />
      <source>Time above the line of visibility, per ticket</source>
      <translation>Time above the line of visibility, per ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="37" />
      <source>Time backstage, per ticket</source>
      <translation>Time backstage, per ticket</translation>
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
    <name>LoadErrors</name>
    <message>
      <location filename="../../model/load_texts.py" line="90" />
      <source>a file stands where a folder is expected</source>
      <translation>a file stands where a folder is expected</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="55" />
      <source>has an unknown kind '{tag}' (expected {expected_tags})</source>
      <translation>has an unknown kind '{tag}' (expected {expected_tags})</translation>
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
      <location filename="../../model/load_texts.py" line="88" />
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
      <location filename="../../model/load_texts.py" line="53" />
      <source>needs at least {min_length} item(s)</source>
      <translation>needs at least {min_length} item(s)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="85" />
      <source>permission denied</source>
      <translation>permission denied</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="83" />
      <source>the disk is full</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="86" />
      <source>the disk is read-only</source>
      <translation>the disk is read-only</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="84" />
      <source>the disk quota is exceeded</source>
      <translation>the disk quota is exceeded</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="79" />
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
      <location filename="../../model/load_texts.py" line="89" />
      <source>the file name is too long</source>
      <translation>the file name is too long</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="87" />
      <source>the file or folder does not exist</source>
      <translation>the file or folder does not exist</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="91" />
      <source>too many symbolic links (a link points back to itself)</source>
      <translation>too many symbolic links (a link points back to itself)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="33" />
      <source>written by {writer} in file format {version}, which this version (Blueprint Studio {ours}, format {format}) cannot read without losing information; update Blueprint Studio to open it</source>
      <translation>written by {writer} in file format {version}, which this version (Blueprint Studio {ours}, format {format}) cannot read without losing information; update Blueprint Studio to open it</translation>
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
      <location filename="../../app/shell/main_window.py" line="82" />
      <source>Autosave failed: {reason}</source>
      <translation>Autosave failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="278" />
      <source>Diagnostics</source>
      <translation>Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="140" />
      <source>Exported to {path}</source>
      <translation>Exported to {path}</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="396" />
      <source>Insert a “{kind}” node next to the selected one, linked to it, and type its name</source>
      <translation>Insert a “{kind}” node next to the selected one, linked to it, and type its name</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="415" />
      <source>No problems</source>
      <translation>No problems</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="383" />
      <source>Not saved yet</source>
      <translation>Not saved yet</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="399" />
      <source>Nothing selected</source>
      <translation>Nothing selected</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="49" />
      <source>Open &amp;recent</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="276" />
      <location filename="../../app/shell/main_window.py" line="297" />
      <source>Palette</source>
      <translation>Palette</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="277" />
      <source>Properties</source>
      <translation>Properties</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="408" />
      <source>Show or hide the toolbar</source>
      <translation>Show or hide the toolbar</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="406" />
      <source>Show or hide the {panel} panel</source>
      <translation>Show or hide the {panel} panel</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="244" />
      <source>Show or hide {panel}</source>
      <translation>Show or hide {panel}</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="379" />
      <location filename="../../app/shell/menus.py" line="408" />
      <source>Toolbar</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="404" />
      <source>Zoom {percent} %</source>
      <translation>Zoom {percent} %</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="417" />
      <source>{errors} error(s), {warnings} warning(s)</source>
      <translation>{errors} error(s), {warnings} warning(s)</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="388" />
      <source>{name}[*] — Blueprint Studio</source>
      <translation>{name}[*] — Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="399" />
      <source>{n} selected</source>
      <translation>{n} selected</translation>
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
    <name>PaletteWidget</name>
    <message>
      <location filename="../../canvas/palette.py" line="58" />
      <source>Drag onto the canvas, or click then click on the canvas; Enter inserts it next to the selected node</source>
      <translation>Drag onto the canvas, or click then click on the canvas; Enter inserts it next to the selected node</translation>
    </message>
  </context>
  <context>
    <name>PdfExportWorker</name>
    <message>
      <location filename="../../app/shell/workers.py" line="298" />
      <source>Simulating the scenario…</source>
      <translation>Simulating the scenario…</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="351" />
      <source>The PDF cannot be made: {reason}</source>
      <translation>The PDF cannot be made: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="352" />
      <source>The PDF could not be written ({reason}).</source>
      <translation>The PDF could not be written ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="334" />
      <source>The blueprint has {n} validation error(s): the report cannot be simulated.</source>
      <translation>The blueprint has {n} validation error(s): the report cannot be simulated.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="337" />
      <source>The folder {folder} does not exist.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="305" />
      <source>Writing the PDF…</source>
      <translation>Writing the PDF…</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="340" />
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>You are not allowed to write in the folder {folder}: choose another folder.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="345" />
      <source>{name} could not be written: {reason}</source>
      <translation>{name} could not be written: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="343" />
      <source>{name} is a folder: choose a file name.</source>
      <translation>{name} is a folder: choose a file name.</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../app/shell/preferences.py" line="48" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="42" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="55" />
      <source>&amp;Autosave every:</source>
      <translation>&amp;Autosave every:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="53" />
      <source>&amp;Grid size:</source>
      <translation>&amp;Grid size:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="51" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="52" />
      <source>&amp;Theme:</source>
      <translation>&amp;Theme:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="20" />
      <source>Dark</source>
      <translation>Dark</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="15" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="18" />
      <source>Follow the system</source>
      <translation>Follow the system</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="14" />
      <source>French (Français)</source>
      <translation>French (Français)</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="19" />
      <source>Light</source>
      <translation>Light</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="56" />
      <source>PDF &amp;page size:</source>
      <translation>PDF &amp;page size:</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="32" />
      <source>Preferences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="43" />
      <source>Snap nodes to the grid</source>
      <translation>Snap nodes to the grid</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="13" />
      <source>System language</source>
      <translation>System language</translation>
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
      <location filename="../../canvas/properties/labels.py" line="102" />
      <source>(missing element)</source>
      <translation>(missing element)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="73" />
      <source>Abandoned</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="204" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="103" />
      <source>Add a duration rule</source>
      <translation>Add a duration rule</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="127" />
      <source>Add action</source>
      <translation>Add action</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="100" />
      <source>Add field value</source>
      <translation>Add field value</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="267" />
      <source>Add shift</source>
      <translation>Add shift</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="45" />
      <source>After the timeout, go to</source>
      <translation>After the timeout, go to</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="59" />
      <source>After: automated actions</source>
      <translation>After: automated actions</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="25" />
      <source>Arrival rate (per hour)</source>
      <translation>Arrival rate (per hour)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="40" />
      <source>Automated actions</source>
      <translation>Automated actions</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="48" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="57" />
      <source>Before: offered only when</source>
      <translation>Before: offered only when</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="59" />
      <source>By priority</source>
      <translation>By priority</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="24" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="66" />
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="72" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="47" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="34" />
      <source>Counts as first response</source>
      <translation>Counts as first response</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="29" />
      <source>Customer patience (minutes)</source>
      <translation>Customer patience (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="42" />
      <source>Customer response time (minutes)</source>
      <translation>Customer response time (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="56" />
      <source>Default branch</source>
      <translation>Default branch</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="50" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="30" />
      <source>Duration (minutes)</source>
      <translation>Duration (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="31" />
      <source>Duration rules</source>
      <translation>Duration rules</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="58" />
      <source>During: fields to fill</source>
      <translation>During: fields to fill</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="64" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="60" />
      <source>Earliest SLA deadline</source>
      <translation>Earliest SLA deadline</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="35" />
      <source>Empirical (samples)</source>
      <translation>Empirical (samples)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="33" />
      <source>Escalate to</source>
      <translation>Escalate to</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="30" />
      <source>Exponential</source>
      <translation>Exponential</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="28" />
      <source>Field values set at arrival</source>
      <translation>Field values set at arrival</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="58" />
      <source>First in, first out</source>
      <translation>First in, first out</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="31" />
      <source>Fixed</source>
      <translation>Fixed</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="51" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="52" />
      <source>From node</source>
      <translation>From node</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="38" />
      <source>Guidance for agents</source>
      <translation>Guidance for agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="20" />
      <source>Height</source>
      <translation>Height</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="54" />
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="23" />
      <location filename="../../canvas/properties/labels.py" line="82" />
      <source>Lane</source>
      <translation>Lane</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="19" />
      <source>Lane kind</source>
      <translation>Lane kind</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="57" />
      <source>Least loaded agent</source>
      <translation>Least loaded agent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="81" />
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="34" />
      <source>Log-normal</source>
      <translation>Log-normal</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="39" />
      <source>Mandatory fields</source>
      <translation>Mandatory fields</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="42" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="38" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="40" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="47" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="41" />
      <source>Most likely</source>
      <translation>Most likely</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="56" />
      <source>Next free agent</source>
      <translation>Next free agent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="22" />
      <source>Notify</source>
      <translation>Notify</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="68" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="49" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="35" />
      <source>Pauses the SLA clocks</source>
      <translation>Pauses the SLA clocks</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="65" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="61" />
      <location filename="../../canvas/properties/labels.py" line="84" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="22" />
      <source>Pool of agents</source>
      <translation>Pool of agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="67" />
      <source>Portal</source>
      <translation>Portal</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="55" />
      <source>Probability</source>
      <translation>Probability</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="46" />
      <source>Probability of satisfaction</source>
      <translation>Probability of satisfaction</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="43" />
      <source>Probability the customer replies</source>
      <translation>Probability the customer replies</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="41" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="38" />
      <source>Rates by weekday and hour</source>
      <translation>Rates by weekday and hour</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="23" />
      <source>Re-assign to a pool</source>
      <translation>Re-assign to a pool</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="74" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="71" />
      <source>Resolved</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="86" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="44" />
      <source>Samples, separated by commas</source>
      <translation>Samples, separated by commas</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="52" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="85" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="21" />
      <source>Send a template response</source>
      <translation>Send a template response</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="20" />
      <source>Set a field</source>
      <translation>Set a field</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="83" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="43" />
      <source>Standard deviation</source>
      <translation>Standard deviation</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="53" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="36" />
      <source>Support level</source>
      <translation>Support level</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="37" />
      <source>Template response</source>
      <translation>Template response</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="51" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="50" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="87" />
      <source>Ticket card</source>
      <translation>Ticket card</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="45" />
      <source>Tickets per hour arriving in each hour of the week</source>
      <translation>Tickets per hour arriving in each hour of the week</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="27" />
      <source>Time between arrivals (minutes)</source>
      <translation>Time between arrivals (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="32" />
      <source>Time limit (minutes)</source>
      <translation>Time limit (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="44" />
      <source>Timeout (minutes)</source>
      <translation>Timeout (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="18" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="53" />
      <source>To node</source>
      <translation>To node</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="33" />
      <source>Triangular</source>
      <translation>Triangular</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="48" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="32" />
      <source>Uniform</source>
      <translation>Uniform</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="39" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="49" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="26" />
      <source>Weekly arrival rates</source>
      <translation>Weekly arrival rates</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="123" />
      <source>When this condition holds, the step takes the duration below</source>
      <translation>When this condition holds, the step takes the duration below</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="21" />
      <source>Width</source>
      <translation>Width</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="99" />
      <source>{kind} (lane {number}, untitled)</source>
      <translation>{kind} (lane {number}, untitled)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="98" />
      <source>{kind} {number} (untitled)</source>
      <translation>{kind} {number} (untitled)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="104" />
      <source>{kind} {number} · untitled</source>
      <translation>{kind} {number} · untitled</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="103" />
      <source>{kind} · {name}</source>
      <translation>{kind} · {name}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="101" />
      <source>{source} → {target}</source>
      <translation>{source} → {target}</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/base.py" line="203" />
      <source>{where}: {message}</source>
      <translation>{where}: {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="100" />
      <source>“{title}”</source>
      <translation>“{title}”</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../canvas/properties/dock.py" line="246" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="374" />
      <source>Column {column}: {message}</source>
      <translation>Column {column}: {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="333" />
      <source>Not a valid value.</source>
      <translation>Not a valid value.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="105" />
      <source>Properties</source>
      <translation>Properties</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="141" />
      <source>Select one element to see its properties.</source>
      <translation>Select one element to see its properties.</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="../../app/files/recovery.py" line="184" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="158" />
      <source>Autosave Is Not Working</source>
      <translation>Autosave Is Not Working</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="130" />
      <source>Autosave is not working</source>
      <translation>Autosave is not working</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="132" />
      <source>Autosave is not working: {reason}</source>
      <translation>Autosave is not working: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="159" />
      <source>Autosave is not working: {reason}.</source>
      <translation>Autosave is not working: {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="146" />
      <source>Autosave works again.</source>
      <translation>Autosave works again.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="175" />
      <source>Blueprint Studio did not close properly last time. These documents had changes that were not saved. Choose what to do with each one.</source>
      <translation>Blueprint Studio did not close properly last time. These documents had changes that were not saved. Choose what to do with each one.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="265" />
      <source>Blueprint Studio starts normally; the other documents are not affected.</source>
      <translation>Blueprint Studio starts normally; the other documents are not affected.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="204" />
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="184" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="184" />
      <source>Last autosave</source>
      <translation>Last autosave</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="170" />
      <source>Recover Unsaved Work</source>
      <translation>Recover Unsaved Work</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="183" />
      <source>Recovered documents</source>
      <translation>Recovered documents</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="203" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="205" />
      <source>Restore or discard {title}</source>
      <translation>Restore or discard {title}</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="263" />
      <source>Unsaved Work Could Not Be Recovered</source>
      <translation>Unsaved Work Could Not Be Recovered</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="150" />
      <source>Unsaved changes cannot be copied to the recovery folder ({reason}), so a crash would lose them. Save your documents with File › Save, and check the folder {folder}.</source>
      <translation>Unsaved changes cannot be copied to the recovery folder ({reason}), so a crash would lose them. Save your documents with File › Save, and check the folder {folder}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="193" />
      <source>never saved</source>
      <translation>never saved</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="257" />
      <source>{count} unsaved document(s) from the last session could not be read (“{title}”: {reason}); they were kept in {folder}.</source>
      <translation>{count} unsaved document(s) from the last session could not be read (“{title}”: {reason}); they were kept in {folder}.</translation>
    </message>
  </context>
  <context>
    <name>Replay</name>
    <message>
      <location filename="../../app/simulation/replay.py" line="39" />
      <source>Day {day} · {weekday} {hh:02d}:{mm:02d}</source>
      <translation>Day {day} · {weekday} {hh:02d}:{mm:02d}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="28" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="24" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="29" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="30" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="27" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="25" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="26" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
  </context>
  <context>
    <name>ReplayDock</name>
    <message>
      <location filename="../../app/simulation/replay.py" line="91" />
      <source>1 day / s</source>
      <translation>1 day / s</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="64" />
      <source>Close replay</source>
      <translation>Close replay</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="68" />
      <source>Colour by:</source>
      <translation>Colour by:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="133" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="54" />
      <location filename="../../app/simulation/replay.py" line="133" />
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="66" />
      <source>Speed:</source>
      <translation>Speed:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="48" />
      <source>Watch tickets</source>
      <translation>Watch tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="93" />
      <source>{h:g} h / s</source>
      <translation>{h:g} h / s</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="94" />
      <source>{m:g} min / s</source>
      <translation>{m:g} min / s</translation>
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="268" />
      <source>% of tickets</source>
      <translation>% of tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="256" />
      <location filename="../../app/simulation/results_charts.py" line="276" />
      <source>90 %</source>
      <translation>90 %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="277" />
      <source>95 %</source>
      <translation>95 %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="349" />
      <source>No step passed its time limit in these runs.</source>
      <translation>No step passed its time limit in these runs.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="31" />
      <source>Open tickets over time</source>
      <translation>Open tickets over time</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="30" />
      <source>Resolution time against the SLA target</source>
      <translation>Resolution time against the SLA target</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="34" />
      <source>SLA breaches per step</source>
      <translation>SLA breaches per step</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="245" />
      <location filename="../../app/simulation/results_charts.py" line="288" />
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
      <location filename="../../app/simulation/results_charts.py" line="306" />
      <source>days</source>
      <translation>days</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="292" />
      <source>hours</source>
      <translation>hours</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="278" />
      <source>longest</source>
      <translation>longest</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="256" />
      <location filename="../../app/simulation/results_charts.py" line="274" />
      <source>mean</source>
      <translation>mean</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="275" />
      <source>median</source>
      <translation>median</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="335" />
      <source>minutes per ticket</source>
      <translation>minutes per ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="307" />
      <source>open tickets</source>
      <translation>open tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="269" />
      <source>resolution time (log scale)</source>
      <translation>resolution time (log scale)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="351" />
      <source>time-limit breaches per run</source>
      <translation>time-limit breaches per run</translation>
    </message>
  </context>
  <context>
    <name>ResultsDock</name>
    <message>
      <location filename="../../app/simulation/results.py" line="150" />
      <location filename="../../app/simulation/results.py" line="438" />
      <source>95 % CI high</source>
      <translation>95 % CI high</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="149" />
      <location filename="../../app/simulation/results.py" line="437" />
      <source>95 % CI low</source>
      <translation>95 % CI low</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="155" />
      <source>All KPIs</source>
      <translation>All KPIs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="183" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="186" />
      <source>Breaches</source>
      <translation>Breaches</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="195" />
      <source>Chart</source>
      <translation>Chart</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="208" />
      <source>Copy KPI table</source>
      <translation>Copy KPI table</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="197" />
      <source>Copy chart</source>
      <translation>Copy chart</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="293" />
      <source>Default settings</source>
      <translation>Default settings</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="217" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="220" />
      <source>Export event log…</source>
      <translation>Export event log…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="219" />
      <source>Export results…</source>
      <translation>Export results…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="223" />
      <source>Export simulation report (PDF)…</source>
      <translation>Export simulation report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="147" />
      <location filename="../../app/simulation/results.py" line="435" />
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="206" />
      <source>KPI table</source>
      <translation>KPI table</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="148" />
      <location filename="../../app/simulation/results.py" line="436" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="255" />
      <source>No blueprint is open.</source>
      <translation>No blueprint is open.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="253" />
      <source>No simulation run for {title} yet.</source>
      <translation>No simulation run for {title} yet.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="151" />
      <location filename="../../app/simulation/results.py" line="439" />
      <source>Replications</source>
      <translation>Replications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="182" />
      <source>Resolution</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="343" />
      <source>Run before your last edit: these figures may no longer match the drawing.</source>
      <translation>Run before your last edit: these figures may no longer match the drawing.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="346" />
      <source>Run before your last {n} edits: these figures may no longer match the drawing.</source>
      <translation>Run before your last {n} edits: these figures may no longer match the drawing.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="120" />
      <source>Run simulation</source>
      <translation>Run simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="122" />
      <source>Run the chosen scenario of this blueprint (Ctrl+R)</source>
      <translation>Run the chosen scenario of this blueprint (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="472" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="211" />
      <source>Save KPI table as CSV…</source>
      <translation>Save KPI table as CSV…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="200" />
      <source>Save chart as PNG…</source>
      <translation>Save chart as PNG…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="383" />
      <source>Simulated mean resolution: {simulated}.</source>
      <translation>Simulated mean resolution: {simulated}.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="76" />
      <source>Simulation results</source>
      <translation>Simulation results</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="185" />
      <source>Time in steps</source>
      <translation>Time in steps</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="341" />
      <source>Up to date with the drawing.</source>
      <translation>Up to date with the drawing.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="184" />
      <source>Utilisation</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="394" />
      <source>Utilisation: {pool}</source>
      <translation>Utilisation: {pool}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="490" />
      <source>earlier</source>
      <translation>earlier</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="496" />
      <source>on {date} at {time}</source>
      <translation>on {date} at {time}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="495" />
      <source>today at {time}</source>
      <translation>today at {time}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="300" />
      <source>{runs} replication(s), run {when}</source>
      <translation>{runs} replication(s), run {when}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="295" />
      <source>{title} — {scenario}</source>
      <translation>{title} — {scenario}</translation>
    </message>
  </context>
  <context>
    <name>RunStatus</name>
    <message>
      <location filename="../../app/shell/messages.py" line="390" />
      <source>No ticket arrived during the run. Check the arrival rates of the intakes, or use a longer horizon.</source>
      <translation>No ticket arrived during the run. Check the arrival rates of the intakes, or use a longer horizon.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="386" />
      <source>No ticket was measured: every ticket arrived during the warm-up ({warmup}). Use a shorter warm-up or a longer horizon.</source>
      <translation>No ticket was measured: every ticket arrived during the warm-up ({warmup}). Use a shorter warm-up or a longer horizon.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="383" />
      <source>Unfinished: {open} tickets never reached an end ({time} of simulated time).</source>
      <translation>Unfinished: {open} tickets never reached an end ({time} of simulated time).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="371" />
      <source>Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never leaves. The run was stopped after {time} of simulated time.</source>
      <translation>Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never leaves. The run was stopped after {time} of simulated time.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="379" />
      <source>Unstable: more than {limit} events were waiting to happen. The run was stopped after {time} of simulated time.</source>
      <translation>Unstable: more than {limit} events were waiting to happen. The run was stopped after {time} of simulated time.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="375" />
      <source>Unstable: more than {limit} tickets were open at once. The run was stopped after {time} of simulated time.</source>
      <translation>Unstable: more than {limit} tickets were open at once. The run was stopped after {time} of simulated time.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="367" />
      <source>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time. Add agents or lower the arrivals.</source>
      <translation>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time. Add agents or lower the arrivals.</translation>
    </message>
  </context>
  <context>
    <name>ScenarioForm</name>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="92" />
      <location filename="../../app/simulation/scenario_form.py" line="98" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="105" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="125" />
      <source>Agents per pool (shifts: weekdays 1-7, hours, agents)</source>
      <translation>Agents per pool (shifts: weekdays 1-7, hours, agents)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="120" />
      <source>Arrival multiplier</source>
      <translation>Arrival multiplier</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="91" />
      <source>Days of simulated time</source>
      <translation>Days of simulated time</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="110" />
      <source>First response (h)</source>
      <translation>First response (h)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="115" />
      <source>Horizon</source>
      <translation>Horizon</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="113" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="91" />
      <source>Number of tickets</source>
      <translation>Number of tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="107" />
      <source>Override the SLA targets</source>
      <translation>Override the SLA targets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="105" />
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="118" />
      <source>Replications</source>
      <translation>Replications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="110" />
      <source>Resolution (h)</source>
      <translation>Resolution (h)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="114" />
      <source>Run length</source>
      <translation>Run length</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="110" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="119" />
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="105" />
      <source>Shifts</source>
      <translation>Shifts</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="116" />
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="96" />
      <source>Tickets measured: those arriving after the warm-up; the run then lets them reach an end</source>
      <translation>Tickets measured: those arriving after the warm-up; the run then lets them reach an end</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="117" />
      <source>Warm-up</source>
      <translation>Warm-up</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="28" />
      <source>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</source>
      <translation>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</translation>
    </message>
  </context>
  <context>
    <name>Scenarios</name>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="43" />
      <source>Change scenario</source>
      <translation>Change scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="59" />
      <source>Delete scenario</source>
      <translation>Delete scenario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="55" />
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
      <location filename="../../canvas/commands/scenarios.py" line="53" />
      <source>{name} (copy)</source>
      <translation>{name} (copy)</translation>
    </message>
  </context>
  <context>
    <name>ScenariosDock</name>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="50" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="48" />
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="169" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="47" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="169" />
      <source>Rename scenario</source>
      <translation>Rename scenario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="49" />
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="35" />
      <source>Scenarios</source>
      <translation>Scenarios</translation>
    </message>
  </context>
  <context>
    <name>SimulateCommand</name>
    <message>
      <location filename="../../app/cli/simulate.py" line="33" />
      <source>Horizon {horizon}, warm-up: {warmup}</source>
      <translation>Horizon {horizon}, warm-up: {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="42" />
      <source>The simulation could not be computed: {reason}. Check the durations and rates of the blueprint.</source>
      <translation>The simulation could not be computed: {reason}. Check the durations and rates of the blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="37" />
      <source>This run would cost about {steps} ticket steps ({tickets} tickets × {nodes} nodes × {replications} replication(s)), more than the {limit} run without --force. Ask for fewer tickets, a shorter horizon or fewer replications, or add --force.</source>
      <translation>This run would cost about {steps} ticket steps ({tickets} tickets × {nodes} nodes × {replications} replication(s)), more than the {limit} run without --force. Ask for fewer tickets, a shorter horizon or fewer replications, or add --force.</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="47" />
      <source>a number too large</source>
      <translation>a number too large</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="48" />
      <source>cannot write the event log “{name}”: {reason}</source>
      <translation>cannot write the event log “{name}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="32" />
      <source>default settings</source>
      <translation>default settings</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="36" />
      <source>event loop: Python (slower)</source>
      <translation>event loop: Python (slower)</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="35" />
      <source>event loop: compiled</source>
      <translation>event loop: compiled</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="41" />
      <source>no warm-up</source>
      <translation>no warm-up</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="46" />
      <source>not enough memory</source>
      <translation>not enough memory</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="34" />
      <source>{tickets} tickets measured, warm-up: {warmup}</source>
      <translation>{tickets} tickets measured, warm-up: {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="29" />
      <source>{title} — scenario {scenario}, {replications} replication(s), seed {seed}</source>
      <translation>{title} — scenario {scenario}, {replications} replication(s), seed {seed}</translation>
    </message>
  </context>
  <context>
    <name>Simulation</name>
    <message>
      <location filename="../../app/simulation/panel.py" line="69" />
      <source>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</source>
      <translation>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="48" />
      <source>Change in mean wait (B − A)</source>
      <translation>Change in mean wait (B − A)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="48" />
      <source>Difference of the comparison</source>
      <translation>Difference of the comparison</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="45" />
      <location filename="../../canvas/overlays/heatmap.py" line="45" />
      <source>Mean wait</source>
      <translation>Mean wait</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="44" />
      <source>Off</source>
      <translation>Off</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="64" />
      <source>Quick estimate ({kind}): {time} in the system per ticket</source>
      <translation>Quick estimate ({kind}): {time} in the system per ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="59" />
      <source>Quick estimate: not available.</source>
      <translation>Quick estimate: not available.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="62" />
      <source>Quick estimate: not possible here, because {reason}.</source>
      <translation>Quick estimate: not possible here, because {reason}.</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/legend.py" line="54" />
      <source>Results out of date: the drawing changed since this run.</source>
      <translation>Results out of date: the drawing changed since this run.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="47" />
      <location filename="../../canvas/overlays/heatmap.py" line="47" />
      <source>SLA breaches</source>
      <translation>SLA breaches</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="46" />
      <source>Utilisation</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="46" />
      <source>Utilisation of the pool</source>
      <translation>Utilisation of the pool</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="33" />
      <source>a condition reads a number or text field</source>
      <translation>a condition reads a number or text field</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="31" />
      <source>a customer wait has a timeout</source>
      <translation>a customer wait has a timeout</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="39" />
      <source>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</source>
      <translation>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="34" />
      <source>a rule reads number or text fields</source>
      <translation>a rule reads number or text fields</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="29" />
      <source>a step escalates on a time limit</source>
      <translation>a step escalates on a time limit</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="82" />
      <source>about {m:.0f} min left</source>
      <translation>about {m:.0f} min left</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="81" />
      <source>about {s:.0f} s left</source>
      <translation>about {s:.0f} s left</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="65" />
      <source>approximate</source>
      <translation>approximate</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="26" />
      <source>arrivals follow a weekly schedule</source>
      <translation>arrivals follow a weekly schedule</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="32" />
      <source>conditions and probabilities are mixed on a node</source>
      <translation>conditions and probabilities are mixed on a node</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="27" />
      <source>customers abandon the queue</source>
      <translation>customers abandon the queue</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="79" />
      <source>estimating the time left…</source>
      <translation>estimating the time left…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="65" />
      <source>exact</source>
      <translation>exact</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="38" />
      <source>no tickets arrive</source>
      <translation>no tickets arrive</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="36" />
      <source>some tickets find no way out</source>
      <translation>some tickets find no way out</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="28" />
      <source>the number of agents changes over the week</source>
      <translation>the number of agents changes over the week</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="30" />
      <source>tickets are re-assigned to another pool</source>
      <translation>tickets are re-assigned to another pool</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="37" />
      <source>tickets loop without end</source>
      <translation>tickets loop without end</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="35" />
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
      <location filename="../../app/simulation/panel.py" line="100" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="142" />
      <source>Default settings (30 days, 1 run)</source>
      <translation>Default settings (30 days, 1 run)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="117" />
      <source>Heat map:</source>
      <translation>Heat map:</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="168" />
      <source>Quick estimate: computing…</source>
      <translation>Quick estimate: computing…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="98" />
      <source>Run</source>
      <translation>Run</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="91" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="172" />
      <source>The blueprint has errors; fix them before running:</source>
      <translation>The blueprint has errors; fix them before running:</translation>
    </message>
  </context>
  <context>
    <name>SimulationWorkspace</name>
    <message>
      <location filename="../../app/simulation/workspace.py" line="121" />
      <source>&amp;Cancel simulation</source>
      <translation>&amp;Cancel simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="124" />
      <source>&amp;Export results…</source>
      <translation>&amp;Export results…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="120" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Run simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="159" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="123" />
      <source>&amp;Watch tickets</source>
      <translation>&amp;Watch tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="487" />
      <source>CSV (*.csv);;XES (*.xes)</source>
      <translation>CSV (*.csv);;XES (*.xes)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="122" />
      <source>Co&amp;mpare scenarios…</source>
      <translation>Co&amp;mpare scenarios…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="125" />
      <source>Export event &amp;log…</source>
      <translation>Export event &amp;log…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="487" />
      <source>Export event log</source>
      <translation>Export event log</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="354" />
      <location filename="../../app/simulation/workspace.py" line="355" />
      <source>Export finished.</source>
      <translation>Export finished.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="477" />
      <source>Export results</source>
      <translation>Export results</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="126" />
      <source>Export simulation &amp;report (PDF)…</source>
      <translation>Export simulation &amp;report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="497" />
      <source>Export simulation report</source>
      <translation>Export simulation report</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="477" />
      <source>JSON (*.json);;CSV (*.csv)</source>
      <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="497" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="141" />
      <source>Run the chosen scenario in the background ({shortcut})</source>
      <translation>Run the chosen scenario in the background ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="167" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="426" />
      <source>Simulation cancelled.</source>
      <translation>Simulation cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="365" />
      <source>Simulation of {title} finished.</source>
      <translation>Simulation of {title} finished.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="346" />
      <source>The blueprint has errors: it cannot run.</source>
      <translation>The blueprint has errors: it cannot run.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="420" />
      <source>The simulation failed: {error}</source>
      <translation>The simulation failed: {error}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="524" />
      <source>this blueprint</source>
      <translation>this blueprint</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="402" />
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
      <location filename="../../app/shell/gui.py" line="69" />
      <source>Another Blueprint Studio window is already running; its unsaved work is left alone.</source>
      <translation>Another Blueprint Studio window is already running; its unsaved work is left alone.</translation>
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
      <location filename="../../app/training/workspace.py" line="106" />
      <source>&amp;End walkthrough</source>
      <translation>&amp;End walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="110" />
      <source>&amp;Presenter mode</source>
      <translation>&amp;Presenter mode</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="114" />
      <source>&amp;Quiz mode</source>
      <translation>&amp;Quiz mode</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="119" />
      <source>A PDF with each ticket card's path as numbered steps</source>
      <translation>A PDF with each ticket card's path as numbered steps</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="111" />
      <source>Full screen and large type for a projector; Escape leaves</source>
      <translation>Full screen and large type for a projector; Escape leaves</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="178" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="118" />
      <source>Print &amp;handout…</source>
      <translation>Print &amp;handout…</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="178" />
      <location filename="../../app/training/workspace.py" line="192" />
      <source>Print Handout</source>
      <translation>Print Handout</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="107" />
      <source>Remove the highlight and go back to editing (Esc in the walkthrough panel)</source>
      <translation>Remove the highlight and go back to editing (Esc in the walkthrough panel)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="104" />
      <source>Start &amp;walkthrough</source>
      <translation>Start &amp;walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="104" />
      <source>Step a sample ticket through the blueprint</source>
      <translation>Step a sample ticket through the blueprint</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="193" />
      <source>The handout could not be written: {why}</source>
      <translation>The handout could not be written: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="128" />
      <source>The handout needs the PDF export, which is not installed in this version</source>
      <translation>The handout needs the PDF export, which is not installed in this version</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="115" />
      <source>The trainee chooses the branch at each decision and is scored</source>
      <translation>The trainee chooses the branch at each decision and is scored</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="166" />
      <source>Walkthrough ended: the blueprint is ready for editing.</source>
      <translation>Walkthrough ended: the blueprint is ready for editing.</translation>
    </message>
  </context>
  <context>
    <name>Walkthrough</name>
    <message>
      <location filename="../../app/training/page.py" line="344" />
      <source>#{n} · {kind}</source>
      <translation>#{n} · {kind}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="248" />
      <source>Back to the previous step (Left)</source>
      <translation>Back to the previous step (Left)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="239" />
      <source>Cards</source>
      <translation>Cards</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="176" />
      <source>Choose a ticket card, then press Right to start.</source>
      <translation>Choose a ticket card, then press Right to start.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="173" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="112" />
      <source>Clock: {elapsed} counted, {wall} since arrival</source>
      <translation>Clock: {elapsed} counted, {wall} since arrival</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="254" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="255" />
      <source>Copy the template response to the clipboard</source>
      <translation>Copy the template response to the clipboard</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="240" />
      <source>Create, edit or delete ticket cards (undoable)</source>
      <translation>Create, edit or delete ticket cards (undoable)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="50" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="243" />
      <source>Delete ticket card</source>
      <translation>Delete ticket card</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="355" />
      <source>Done on leaving “{step}”: {what}</source>
      <translation>Done on leaving “{step}”: {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="242" />
      <source>Edit ticket card…</source>
      <translation>Edit ticket card…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="54" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="250" />
      <source>End the walkthrough and go back to editing (Esc)</source>
      <translation>End the walkthrough and go back to editing (Esc)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="448" />
      <source>Escalations: {n}</source>
      <translation>Escalations: {n}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="256" />
      <source>Fields to fill in</source>
      <translation>Fields to fill in</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="127" />
      <source>Fill in first: {fields}</source>
      <translation>Fill in first: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="249" />
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="97" />
      <source>First response: given after {time} (target {target})</source>
      <translation>First response: given after {time} (target {target})</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="101" />
      <source>First response: {left}</source>
      <translation>First response: {left}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="444" />
      <source>First response: {met}</source>
      <translation>First response: {met}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="260" />
      <source>History (click to go back)</source>
      <translation>History (click to go back)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="48" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="307" />
      <source>Needs: {fields}</source>
      <translation>Needs: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="420" />
      <source>New ticket</source>
      <translation>New ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="241" />
      <source>New ticket card…</source>
      <translation>New ticket card…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="257" />
      <source>Next — Right or Space · 1–9 a branch · Left back · Esc ends</source>
      <translation>Next — Right or Space · 1–9 a branch · Left back · Esc ends</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="93" />
      <source>No SLA applies to this ticket.</source>
      <translation>No SLA applies to this ticket.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="289" />
      <source>No branch is offered here.</source>
      <translation>No branch is offered here.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="310" />
      <location filename="../../app/training/widgets.py" line="316" />
      <source>Not offered: {why}</source>
      <translation>Not offered: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="308" />
      <source>Not this branch. {reason}</source>
      <translation>Not this branch. {reason}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="75" />
      <location filename="../../app/training/dock.py" line="111" />
      <location filename="../../app/training/dock.py" line="137" />
      <source>Open a blueprint to start a walkthrough.</source>
      <translation>Open a blueprint to start a walkthrough.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="440" />
      <source>Outcome: {outcome}</source>
      <translation>Outcome: {outcome}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="437" />
      <source>Path: {path}</source>
      <translation>Path: {path}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="251" />
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="247" />
      <source>Quiz off: Right follows the card's story again.</source>
      <translation>Quiz off: Right follows the card's story again.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="245" />
      <source>Quiz on from this step: choose the branch at each decision with its number key. Restart begins the card again.</source>
      <translation>Quiz on from this step: choose the branch at each decision with its number key. Restart begins the card again.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="451" />
      <source>Quiz score: {right} / {total} decisions right at the first try</source>
      <translation>Quiz score: {right} / {total} decisions right at the first try</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="134" />
      <source>Refused: {code}</source>
      <translation>Refused: {code}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="108" />
      <source>Resolution: {left}</source>
      <translation>Resolution: {left}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="445" />
      <source>Resolution: {met}</source>
      <translation>Resolution: {met}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="245" />
      <source>Restart</source>
      <translation>Restart</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="312" />
      <source>Right: {reason}</source>
      <translation>Right: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="53" />
      <source>Roadmap</source>
      <translation>Roadmap</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="258" />
      <source>SLA clock</source>
      <translation>SLA clock</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="94" />
      <source>SLA: {name}</source>
      <translation>SLA: {name}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="52" />
      <source>Satisfaction survey</source>
      <translation>Satisfaction survey</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="244" />
      <source>Save the path walked as the card's expected path</source>
      <translation>Save the path walked as the card's expected path</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="246" />
      <source>Start the ticket card again from its intake</source>
      <translation>Start the ticket card again from its intake</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="49" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="259" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="253" />
      <source>Template response</source>
      <translation>Template response</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="339" />
      <source>Template response copied.</source>
      <translation>Template response copied.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="119" />
      <source>The SLA clock is paused here.</source>
      <translation>The SLA clock is paused here.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="162" />
      <source>The blueprint has errors; fix them to start a walkthrough:</source>
      <translation>The blueprint has errors; fix them to start a walkthrough:</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="350" />
      <source>The customer sees: {what}</source>
      <translation>The customer sees: {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="443" />
      <source>The path was saved to the ticket card.</source>
      <translation>The path was saved to the ticket card.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="172" />
      <source>The ticket card was deleted.</source>
      <translation>The ticket card was deleted.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="130" />
      <source>The ticket has reached an end.</source>
      <translation>The ticket has reached an end.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="281" />
      <source>The ticket has reached an end. Left goes back.</source>
      <translation>The ticket has reached an end. Left goes back.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="252" />
      <source>The trainee chooses the branch at each decision</source>
      <translation>The trainee chooses the branch at each decision</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="257" />
      <source>The walkthrough has ended. Choose a ticket card to start again.</source>
      <translation>The walkthrough has ended. Choose a ticket card to start again.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="132" />
      <source>There is no such branch.</source>
      <translation>There is no such branch.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="129" />
      <source>These values are not allowed: {fields}</source>
      <translation>These values are not allowed: {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="174" />
      <source>This blueprint has no ticket cards: create one to start.</source>
      <translation>This blueprint has no ticket cards: create one to start.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="128" />
      <source>This branch is not offered: {why}</source>
      <translation>This branch is not offered: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="131" />
      <source>This step has no time limit to escalate on.</source>
      <translation>This step has no time limit to escalate on.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="198" />
      <source>This ticket card cannot be walked: {why}</source>
      <translation>This ticket card cannot be walked: {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="414" />
      <source>Ticket card</source>
      <translation>Ticket card</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="238" />
      <source>Ticket card:</source>
      <translation>Ticket card:</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="378" />
      <source>Time limit of {time} passes: escalate to {target}</source>
      <translation>Time limit of {time} passes: escalate to {target}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="441" />
      <source>Time: {wall} since arrival, {elapsed} on the SLA clock</source>
      <translation>Time: {wall} since arrival, {elapsed} on the SLA clock</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="195" />
      <source>Type here…</source>
      <translation>Type here…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="51" />
      <source>Wait for customer</source>
      <translation>Wait for customer</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="98" />
      <source>Walkthrough</source>
      <translation>Walkthrough</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="366" />
      <source>When this step is done: {what}</source>
      <translation>When this step is done: {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="285" />
      <source>Your turn: choose the branch with its number key.</source>
      <translation>Your turn: choose the branch with its number key.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="116" />
      <source>business hours, now {when}</source>
      <translation>business hours, now {when}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="398" />
      <source>for “{branch}”</source>
      <translation>for “{branch}”</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="434" />
      <location filename="../../app/training/widgets.py" line="84" />
      <source>met</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="434" />
      <source>missed</source>
      <translation>missed</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="434" />
      <location filename="../../app/training/widgets.py" line="82" />
      <source>no target</source>
      <translation>no target</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="86" />
      <source>overdue by {time}</source>
      <translation>overdue by {time}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="182" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="67" />
      <source>{d} d</source>
      <translation>{d} d</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="67" />
      <source>{d} d {h} h</source>
      <translation>{d} d {h} h</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="69" />
      <source>{h} h</source>
      <translation>{h} h</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="69" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="70" />
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="87" />
      <source>{time} left of {target}</source>
      <translation>{time} left of {target}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="247" />
      <source>◀ Back</source>
      <translation>◀ Back</translation>
    </message>
  </context>
</TS>
