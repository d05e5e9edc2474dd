<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../app/shell/actions.py" line="171" />
      <source>&amp;About Blueprint Studio</source>
      <translation>À &amp;propos de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="75" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="65" />
      <source>&amp;Export…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="163" />
      <source>&amp;Getting started</source>
      <translation>&amp;Prise en main</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="147" />
      <source>&amp;Minimap</source>
      <translation>Vue d’&amp;ensemble</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="35" />
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="47" />
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="87" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="93" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="105" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="157" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="53" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="99" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="210" />
      <source>Add a stage column at the right</source>
      <translation>Ajouter une colonne de phase à droite</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="209" />
      <source>Add a swimlane at the bottom</source>
      <translation>Ajouter un couloir en bas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="81" />
      <source>Clear the list</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="94" />
      <source>Close every blueprint and quit</source>
      <translation>Fermer tous les blueprints et quitter</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="76" />
      <source>Close this blueprint</source>
      <translation>Fermer ce blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="199" />
      <source>Copy the selected nodes</source>
      <translation>Copier les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="200" />
      <source>Cut the selected nodes</source>
      <translation>Couper les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="181" />
      <source>Delete the selection and its links</source>
      <translation>Supprimer la sélection et ses liens</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="215" />
      <source>Draw links as straight lines</source>
      <translation>Tracer les liens en lignes droites</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="185" />
      <source>Duplicate the selected nodes</source>
      <translation>Dupliquer les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="66" />
      <source>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</source>
      <translation>Exporter le blueprint en PDF (avec le rapport de simulation et le support de formation), en dessin SVG ou en image PNG</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="206" />
      <source>Fit the whole drawing in the window</source>
      <translation>Afficher tout le schéma dans la fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="82" />
      <source>Forget the recently opened files</source>
      <translation>Oublier les fichiers ouverts récemment</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="141" />
      <source>Go to diagnostics</source>
      <translation>Aller aux diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="135" />
      <source>Go to properties</source>
      <translation>Aller aux propriétés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="123" />
      <source>Go to the canvas</source>
      <translation>Aller au canevas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="129" />
      <source>Go to the palette</source>
      <translation>Aller à la palette</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="164" />
      <source>How to design, simulate, train and export, with every menu command and shortcut</source>
      <translation>Concevoir, simuler, former et exporter, avec chaque commande des menus et chaque raccourci</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="88" />
      <source>Language, theme, grid, autosave and PDF settings</source>
      <translation>Langue, thème, grille, enregistrement automatique et réglages PDF</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="218" />
      <source>Line up the selected nodes</source>
      <translation>Aligner les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="188" />
      <source>Link the selected nodes to a node chosen by name</source>
      <translation>Relier les nœuds sélectionnés à un nœud choisi par son nom</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="124" />
      <source>Move the keyboard focus to the drawing</source>
      <translation>Placer le focus clavier sur le schéma</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="41" />
      <source>New from &amp;template…</source>
      <translation>Nouveau à partir d’un &amp;modèle…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="111" />
      <source>Next blueprint</source>
      <translation>Blueprint suivant</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="48" />
      <source>Open a blueprint file</source>
      <translation>Ouvrir un fichier blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="201" />
      <source>Paste nodes from the clipboard</source>
      <translation>Coller les nœuds du presse-papiers</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="212" />
      <source>Place the nodes automatically along the flow</source>
      <translation>Placer automatiquement les nœuds le long du flux</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="117" />
      <source>Previous blueprint</source>
      <translation>Blueprint précédent</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="106" />
      <source>Redo the change just undone</source>
      <translation>Rétablir la modification qui vient d’être annulée</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="186" />
      <source>Rename the selected element on the canvas</source>
      <translation>Renommer l’élément sélectionné sur le canevas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="158" />
      <source>Run the chosen scenario in the background</source>
      <translation>Simuler le scénario choisi en arrière-plan</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="59" />
      <source>Save &amp;as…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="54" />
      <source>Save the blueprint</source>
      <translation>Enregistrer le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="60" />
      <source>Save the blueprint under another name</source>
      <translation>Enregistrer le blueprint sous un autre nom</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="184" />
      <source>Select every node and link</source>
      <translation>Sélectionner tous les nœuds et liens</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="196" />
      <source>Select the links arriving at the selected node, one after the other</source>
      <translation>Sélectionner tour à tour les liens qui arrivent au nœud sélectionné</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="192" />
      <source>Select the links leaving the selected node, one after the other</source>
      <translation>Sélectionner tour à tour les liens qui partent du nœud sélectionné</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="148" />
      <source>Show an overview of the whole drawing in a corner of the canvas; click or drag in it to move around</source>
      <translation>Afficher une vue d’ensemble de tout le schéma dans un coin du canevas ; cliquez ou faites glisser dedans pour vous y déplacer</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="216" />
      <source>Show or hide the background grid</source>
      <translation>Afficher ou masquer la grille de fond</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="142" />
      <source>Show the diagnostics and move the keyboard focus to them</source>
      <translation>Afficher les diagnostics et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="204" />
      <source>Show the drawing at 100 %</source>
      <translation>Afficher le schéma à 100 %</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="112" />
      <source>Show the next open blueprint</source>
      <translation>Afficher le blueprint ouvert suivant</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="130" />
      <source>Show the palette and move the keyboard focus to it</source>
      <translation>Afficher la palette et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="118" />
      <source>Show the previous open blueprint</source>
      <translation>Afficher le blueprint ouvert précédent</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="136" />
      <source>Show the properties and move the keyboard focus to them</source>
      <translation>Afficher les propriétés et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="222" />
      <source>Space the selected nodes evenly</source>
      <translation>Répartir régulièrement les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="36" />
      <source>Start a blank blueprint</source>
      <translation>Commencer un blueprint vierge</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="42" />
      <source>Start from one of the bundled templates</source>
      <translation>Partir d’un des modèles fournis</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="100" />
      <source>Undo the last change</source>
      <translation>Annuler la dernière modification</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="172" />
      <source>Version and credits</source>
      <translation>Version et crédits</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="202" />
      <source>Zoom in on the drawing</source>
      <translation>Agrandir le schéma</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="203" />
      <source>Zoom out of the drawing</source>
      <translation>Réduire le schéma</translation>
    </message>
  </context>
  <context>
    <name>Canvas</name>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="46" />
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="70" />
      <source>A flow cannot start or end at evidence or a note; use an association.</source>
      <translation>Un flux ne peut ni partir ni arriver sur une preuve physique ou une note ; utilisez une association.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="312" />
      <source>A node cannot be connected to itself.</source>
      <translation>Un nœud ne peut pas être relié à lui-même.</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="27" />
      <source>Actual size</source>
      <translation>Taille réelle</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/base.py" line="156" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="29" />
      <location filename="../../canvas/commands/elements.py" line="149" />
      <source>Add lane</source>
      <translation>Ajouter un couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="294" />
      <source>Add node</source>
      <translation>Ajouter un nœud</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="30" />
      <location filename="../../canvas/commands/elements.py" line="149" />
      <source>Add stage</source>
      <translation>Ajouter une phase</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="370" />
      <source>Align</source>
      <translation>Aligner</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="37" />
      <source>Align bottom</source>
      <translation>Aligner en bas</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="33" />
      <source>Align centres</source>
      <translation>Centrer horizontalement</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="32" />
      <source>Align left</source>
      <translation>Aligner à gauche</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="36" />
      <source>Align middles</source>
      <translation>Centrer verticalement</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="34" />
      <source>Align right</source>
      <translation>Aligner à droite</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="35" />
      <source>Align top</source>
      <translation>Aligner en haut</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="318" />
      <source>An association ties evidence or a note to a step.</source>
      <translation>Une association rattache une preuve physique ou une note à une étape.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="310" />
      <source>An edge joins two nodes.</source>
      <translation>Un lien relie deux nœuds.</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="31" />
      <location filename="../../canvas/editor.py" line="377" />
      <source>Arrange automatically</source>
      <translation>Disposer automatiquement</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="58" />
      <source>Backstage</source>
      <translation>Coulisses</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/base.py" line="170" />
      <source>Change</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="390" />
      <source>Change lane kind</source>
      <translation>Changer le type de couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="304" />
      <source>Click on the canvas to place the node; Escape cancels.</source>
      <translation>Cliquez sur le canevas pour placer le nœud ; Échap annule.</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="94" />
      <location filename="../../canvas/editor.py" line="333" />
      <location filename="../../canvas/keyboard_intents.py" line="122" />
      <source>Connect</source>
      <translation>Relier</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="67" />
      <source>Connect to</source>
      <translation>Relier à</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="19" />
      <source>Connect to…</source>
      <translation>Relier à…</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="73" />
      <source>Connect “{origin}” to:</source>
      <translation>Relier « {origin} » à :</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="22" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="56" />
      <source>Customer actions</source>
      <translation>Actions du client</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="23" />
      <source>Cut</source>
      <translation>Couper</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="47" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="15" />
      <location filename="../../canvas/commands/elements.py" line="166" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="374" />
      <source>Distribute</source>
      <translation>Répartir</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="38" />
      <source>Distribute horizontally</source>
      <translation>Répartir horizontalement</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="39" />
      <source>Distribute vertically</source>
      <translation>Répartir verticalement</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="17" />
      <location filename="../../canvas/editor.py" line="438" />
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="348" />
      <source>Edit {field}</source>
      <translation>Modifier {field}</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="51" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="52" />
      <source>Evidence</source>
      <translation>Preuve matérielle</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="80" />
      <source>Filter the nodes by name</source>
      <translation>Filtrer les nœuds par nom</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="28" />
      <source>Fit drawing</source>
      <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="57" />
      <source>Frontstage</source>
      <translation>Première ligne</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="53" />
      <source>Insert “{kind}”</source>
      <translation>Insérer « {kind} »</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="45" />
      <source>Intake</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="61" />
      <source>Lane</source>
      <translation>Couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="15" />
      <source>Line of interaction</source>
      <translation>Ligne d’interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="17" />
      <source>Line of internal interaction</source>
      <translation>Ligne d’interaction interne</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="16" />
      <source>Line of visibility</source>
      <translation>Ligne de visibilité</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="58" />
      <source>Move</source>
      <translation>Déplacer</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="152" />
      <source>No node has this name.</source>
      <translation>Aucun nœud ne porte ce nom.</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="84" />
      <source>Nodes</source>
      <translation>Nœuds</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="53" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="72" />
      <source>Nothing flows into an intake: tickets arrive there.</source>
      <translation>Rien n’entre dans une entrée : c’est là qu’arrivent les tickets.</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="74" />
      <source>Nothing leaves an end.</source>
      <translation>Rien ne sort d’une fin.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="361" />
      <source>Nudge</source>
      <translation>Décaler</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="24" />
      <location filename="../../canvas/editor.py" line="432" />
      <source>Paste</source>
      <translation>Coller</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="60" />
      <source>Physical evidence</source>
      <translation>Preuves matérielles</translation>
    </message>
    <message>
      <location filename="../../canvas/connect.py" line="143" />
      <source>Reattach edge</source>
      <translation>Rebrancher le lien</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="14" />
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="18" />
      <location filename="../../canvas/rename.py" line="99" />
      <source>Rename</source>
      <translation>Renommer</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="132" />
      <source>Reorder lanes</source>
      <translation>Réordonner les couloirs</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="132" />
      <source>Reorder stages</source>
      <translation>Réordonner les phases</translation>
    </message>
    <message>
      <location filename="../../canvas/interactions.py" line="144" />
      <source>Resize</source>
      <translation>Redimensionner</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="111" />
      <source>Resize lane</source>
      <translation>Redimensionner le couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/elements.py" line="111" />
      <source>Resize stage</source>
      <translation>Redimensionner la phase</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="50" />
      <source>Roadmap</source>
      <translation>Feuille de route</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="49" />
      <source>Satisfaction survey</source>
      <translation>Enquête de satisfaction</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="16" />
      <source>Select all</source>
      <translation>Tout sélectionner</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="21" />
      <source>Select incoming link</source>
      <translation>Sélectionner le lien entrant</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="20" />
      <source>Select outgoing link</source>
      <translation>Sélectionner le lien sortant</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="81" />
      <source>Select the node to connect from, then choose Connect to…</source>
      <translation>Sélectionnez le nœud de départ, puis choisissez Relier à…</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="41" />
      <source>Show grid</source>
      <translation>Afficher la grille</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="404" />
      <source>Stage</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="46" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="40" />
      <source>Straight edges</source>
      <translation>Liens droits</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="59" />
      <source>Support processes</source>
      <translation>Processus de support</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="150" />
      <source>There is no other node to connect to yet.</source>
      <translation>Il n’y a encore aucun autre nœud à relier.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="321" />
      <source>These two nodes are already connected.</source>
      <translation>Ces deux nœuds sont déjà reliés.</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="175" />
      <source>This node has no incoming link.</source>
      <translation>Ce nœud n’a aucun lien entrant.</translation>
    </message>
    <message>
      <location filename="../../canvas/keyboard_intents.py" line="175" />
      <source>This node has no outgoing link.</source>
      <translation>Ce nœud n’a aucun lien sortant.</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="78" />
      <source>Type part of a name</source>
      <translation>Tapez une partie du nom</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="13" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="48" />
      <source>Wait for customer</source>
      <translation>Attente du client</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="25" />
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="26" />
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <location filename="../../canvas/items/edge.py" line="66" />
      <source>default</source>
      <translation>par défaut</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="72" />
      <source>{count} nodes</source>
      <translation>{count} nœuds</translation>
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
      <translation>Ajouter une fiche ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/cards.py" line="56" />
      <source>Delete ticket card</source>
      <translation>Supprimer la fiche ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/cards.py" line="45" />
      <location filename="../../canvas/commands/cards.py" line="50" />
      <source>Edit ticket card</source>
      <translation>Modifier la fiche ticket</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <location filename="../../app/training/card_dialog.py" line="88" />
      <location filename="../../app/training/card_dialog.py" line="97" />
      <source>(not set)</source>
      <translation>(non renseigné)</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="67" />
      <source>Expected path</source>
      <translation>Parcours attendu</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="68" />
      <source>Forget the expected path</source>
      <translation>Oublier le parcours attendu</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="54" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="64" />
      <source>No expected path: the quiz compares with the model's own choices.</source>
      <translation>Pas de parcours attendu : le quiz compare avec les choix du modèle.</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="45" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="53" />
      <source>e.g. Password reset by e-mail, P3</source>
      <translation>p. ex. Réinitialisation du mot de passe par e-mail, P3</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="91" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="91" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="112" />
      <source>“{field}” needs a number such as 12 or 3.5; “{text}” is not one.</source>
      <translation>« {field} » attend un nombre, par exemple 12 ou 3,5 ; « {text} » n’en est pas un.</translation>
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
      <translation>A :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>B − A (95 % interval)</source>
      <translation>B − A (intervalle à 95 %)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="73" />
      <source>B:</source>
      <translation>B :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="83" />
      <source>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</source>
      <translation>Les deux simulations utilisent les mêmes nombres aléatoires : B reprend la graine et les réplications de A, donc une différence vient des scénarios et non du hasard. Marqué ✔ : l’intervalle à 95 % exclut zéro.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="69" />
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="61" />
      <source>Compare scenarios</source>
      <translation>Comparer des scénarios</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>KPI</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="139" />
      <source>No comparison for {title} yet: pick A and B, then Compare.</source>
      <translation>Pas encore de comparaison pour « {title} » : choisissez A et B, puis Comparer.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="94" />
      <source>Real?</source>
      <translation>Réel ?</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="100" />
      <source>Show the change in waits on the blueprint</source>
      <translation>Afficher la variation des attentes sur le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="150" />
      <source>{title}: compared {when}.</source>
      <translation>« {title} » : comparaison lancée {when}.</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <location filename="../../app/shell/messages.py" line="185" />
      <source>'{token}' is not expected here</source>
      <translation>« {token} » n’est pas attendu ici</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="92" />
      <source>A flow goes into {subject}; intakes only start tickets.</source>
      <translation>Un flux entre dans {subject} ; une entrée ne fait que créer des tickets.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="55" />
      <source>Conditions and probabilities are mixed on the branches of {subject}; conditions are tried first.</source>
      <translation>Les branches de {subject} mêlent conditions et probabilités ; les conditions sont essayées d’abord.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="40" />
      <source>Dead end: tickets that reach {subject} have no way out.</source>
      <translation>Impasse : les tickets qui arrivent à {subject} n’ont aucune sortie.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="63" />
      <source>In {subject}, the {slot} '{text}' cannot be read at column {column}: {detail}.</source>
      <translation>Dans {subject}, la {slot} « {text} » est illisible à la colonne {column} : {detail}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="73" />
      <source>In {subject}, the {slot} '{text}' compares values of different kinds or is not a yes/no test (column {column}).</source>
      <translation>Dans {subject}, la {slot} « {text} » compare des valeurs de types différents ou n’est pas un test oui/non (colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="66" />
      <source>In {subject}, the {slot} '{text}' uses an unknown field '{field}' (column {column}).</source>
      <translation>Dans {subject}, la {slot} « {text} » utilise un champ inconnu « {field} » (colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="69" />
      <source>In {subject}, the {slot} '{text}' uses the value {value!r}, which the field '{field}' does not allow (column {column}).</source>
      <translation>Dans {subject}, la {slot} « {text} » utilise la valeur {value!r}, que le champ « {field} » n’autorise pas (colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="41" />
      <source>Loop with no way out: tickets that enter it ({subjects}) can never reach an end.</source>
      <translation>Boucle sans sortie : les tickets qui y entrent ({subjects}) ne peuvent jamais atteindre une fin.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="39" />
      <source>No ticket can reach {subject} from an intake.</source>
      <translation>Aucun ticket ne peut atteindre {subject} depuis une entrée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="59" />
      <source>Several branches of {subject} have no condition; only the first one will ever be taken.</source>
      <translation>Plusieurs branches de {subject} n’ont pas de condition ; seule la première sera jamais prise.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="142" />
      <source>Spread too large for {subject} ({setting}): its values cannot be computed; use a smaller standard deviation.</source>
      <translation>Dispersion trop grande pour {subject} ({setting}) : ses valeurs ne peuvent pas être calculées ; réduisez l’écart-type.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="52" />
      <source>The branch probabilities of {subject} add up to {total}, not 1.</source>
      <translation>Les probabilités des branches de {subject} totalisent {total}, et non 1.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="123" />
      <source>The expected path of {subject} does not follow the flows from an intake.</source>
      <translation>Le parcours attendu de {subject} ne suit pas les flux depuis une entrée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="23" />
      <source>The flow has no end: tickets can never be closed.</source>
      <translation>Le flux n’a pas de fin : les tickets ne peuvent jamais être clôturés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="22" />
      <source>The flow has no intake: tickets cannot arrive anywhere.</source>
      <translation>Le flux n’a pas d’entrée : les tickets ne peuvent arriver nulle part.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="108" />
      <source>The lane order breaks the lines of interaction, visibility and internal interaction: {subject} ({above}) sits above {second} ({below}).</source>
      <translation>L’ordre des couloirs rompt les lignes d’interaction, de visibilité et d’interaction interne : {subject} ({above}) est au-dessus de {second} ({below}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="126" />
      <source>Tickets that enter the loop {nodes} can never leave it: the branch probabilities, or the survey's answer, never lead to a way out.</source>
      <translation>Les tickets qui entrent dans la boucle {nodes} ne peuvent jamais en sortir : les probabilités des branches, ou la réponse à l’enquête, ne mènent jamais vers une sortie.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="138" />
      <source>Too long for {subject} ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.</source>
      <translation>Durée trop longue pour {subject} ({setting}) : {days} jours en moyenne, au-delà des {limit} jours acceptés par le simulateur. Les durées sont en minutes.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="134" />
      <source>Too many arrivals at {subject} ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most).</source>
      <translation>Trop d’arrivées à {subject} ({setting}) : {rate} tickets par heure, plus que le simulateur ne peut traiter ({limit} par heure au maximum).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="213" />
      <source>a missing node</source>
      <translation>un nœud manquant</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="183" />
      <source>a quote is not closed</source>
      <translation>un guillemet n’est pas fermé</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="162" />
      <source>arrival rate</source>
      <translation>taux d’arrivée</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="163" />
      <source>busiest hour of the weekly schedule</source>
      <translation>heure la plus chargée du planning hebdomadaire</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="187" />
      <source>comparisons cannot be chained; join them with 'and'</source>
      <translation>les comparaisons ne peuvent pas être enchaînées ; reliez-les avec « and »</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="173" />
      <source>condition</source>
      <translation>condition</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="158" />
      <source>customer patience</source>
      <translation>patience du client</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="156" />
      <source>customer response time</source>
      <translation>délai de réponse du client</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="159" />
      <source>distribution of this field</source>
      <translation>distribution de ce champ</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="154" />
      <source>duration</source>
      <translation>durée</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="155" />
      <source>duration of a rule</source>
      <translation>durée d’une règle</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="217" />
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="186" />
      <source>expected {expected}</source>
      <translation>{expected} attendu</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="174" />
      <source>guard</source>
      <translation>garde</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="167" />
      <source>it does not exist</source>
      <translation>elle n’existe pas</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="179" />
      <source>it is empty</source>
      <translation>elle est vide</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="181" />
      <source>it is nested too deeply</source>
      <translation>elle est trop imbriquée</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="168" />
      <source>it is not a process node</source>
      <translation>ce n’est pas un nœud du processus</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="180" />
      <source>it is too long</source>
      <translation>elle est trop longue</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="169" />
      <source>no end can be reached from it</source>
      <translation>aucune fin n’est accessible depuis elle</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="175" />
      <source>rule</source>
      <translation>règle</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="208" />
      <source>the SLA {name}</source>
      <translation>le SLA {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="182" />
      <source>the character {character} is not allowed</source>
      <translation>le caractère {character} n’est pas autorisé</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="196" />
      <source>the decision {name}</source>
      <translation>la décision {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="200" />
      <source>the end {name}</source>
      <translation>la fin {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="201" />
      <source>the evidence {name}</source>
      <translation>la preuve matérielle {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="194" />
      <source>the intake {name}</source>
      <translation>l’entrée {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="205" />
      <source>the lane {name}</source>
      <translation>le couloir {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="203" />
      <source>the link from {source} to {target}</source>
      <translation>le lien de {source} vers {target}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="204" />
      <source>the link {name} from {source} to {target}</source>
      <translation>le lien {name} de {source} vers {target}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="202" />
      <source>the note {name}</source>
      <translation>la note {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="206" />
      <source>the pool {name}</source>
      <translation>l’équipe {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="199" />
      <source>the roadmap {name}</source>
      <translation>la feuille de route {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="198" />
      <source>the satisfaction survey {name}</source>
      <translation>l’enquête de satisfaction {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="207" />
      <source>the scenario {name}</source>
      <translation>le scénario {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="195" />
      <source>the step {name}</source>
      <translation>l’étape {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="209" />
      <source>the ticket card {name}</source>
      <translation>la fiche ticket {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="197" />
      <source>the wait {name}</source>
      <translation>l’attente {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="214" />
      <source>this element</source>
      <translation>cet élément</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="184" />
      <source>this value is too long</source>
      <translation>cette valeur est trop longue</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="157" />
      <source>time between arrivals</source>
      <translation>temps entre deux arrivées</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="160" />
      <source>time limit</source>
      <translation>délai maximal</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="161" />
      <source>timeout</source>
      <translation>délai d’attente maximal</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="218" />
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="212" />
      <source>{number} (untitled)</source>
      <translation>{number} (sans titre)</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="130" />
      <source>{pool} has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.</source>
      <translation>{pool} a plus de travail que d’agents : d’après l’estimation par la théorie des files d’attente, elle serait occupée {utilisation} % du temps, et sa file d’attente grossit sans fin. Ajoutez des agents ou réduisez les arrivées.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="80" />
      <source>{pool} has no agents at any time, but tickets reach {second}, a step it serves.</source>
      <translation>{pool} n’a aucun agent à aucun moment, mais des tickets arrivent à {second}, une étape qu’elle traite.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="326" />
      <source>{severity}: {message}</source>
      <translation>{severity} : {message}</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="116" />
      <source>{subject} counts business hours, but its calendar pool has no shifts: choose a pool with shifts as its calendar, or count every hour.</source>
      <translation>{subject} compte les heures ouvrées, mais l’équipe qui lui sert de calendrier n’a pas d’horaires : choisissez comme calendrier une équipe qui a des horaires, ou comptez toutes les heures.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="36" />
      <source>{subject} gives the field '{field}' the value {value!r}, which it does not allow.</source>
      <translation>{subject} donne au champ « {field} » la valeur {value!r}, qu’il n’autorise pas.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="112" />
      <source>{subject} goes straight from the customer to a support process, skipping the front stage.</source>
      <translation>{subject} va directement du client à un processus de support, sans passer par le front office.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="83" />
      <source>{subject} has a time limit but no escalation target.</source>
      <translation>{subject} a un délai maximal mais pas de cible d’escalade.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="89" />
      <source>{subject} has a timeout but no node to go to when it runs out.</source>
      <translation>{subject} a un délai d’attente mais aucun nœud où aller quand il expire.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="120" />
      <source>{subject} has an arrival rate of zero: no ticket will arrive there.</source>
      <translation>{subject} a un taux d’arrivée nul : aucun ticket n’y arrivera.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="77" />
      <source>{subject} has no agent pool: give it one, or put it in a lane that has one.</source>
      <translation>{subject} n’a pas d’équipe d’agents : donnez-lui-en une, ou placez-la dans un couloir qui en a une.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="44" />
      <source>{subject} has no default branch, and a ticket with {example} matches none of its conditions.</source>
      <translation>{subject} n’a pas de branche par défaut, et un ticket avec {example} ne remplit aucune de ses conditions.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="48" />
      <source>{subject} has no default branch: whether every ticket finds a way out depends on the field '{field}'; add a default branch to be sure.</source>
      <translation>{subject} n’a pas de branche par défaut : que chaque ticket trouve une sortie dépend du champ « {field} » ; ajoutez une branche par défaut pour en être sûr.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="95" />
      <source>{subject} has outgoing flows; they are never taken.</source>
      <translation>{subject} a des flux sortants ; ils ne sont jamais pris.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="96" />
      <source>{subject} is a ticket flow, but a flow cannot go to or from physical evidence or a note; use an association.</source>
      <translation>{subject} est un flux de tickets, mais un flux ne peut ni partir d’une preuve matérielle ou d’une note, ni y aboutir ; utilisez une association.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="104" />
      <source>{subject} is an association between two annotations; tie evidence or notes to a process node.</source>
      <translation>{subject} est une association entre deux annotations ; rattachez les preuves matérielles ou les notes à un nœud du processus.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="100" />
      <source>{subject} is an association between two process nodes; use a flow, or tie evidence or a note instead.</source>
      <translation>{subject} est une association entre deux nœuds du processus ; utilisez un flux, ou rattachez plutôt une preuve matérielle ou une note.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="33" />
      <source>{subject} names a ticket field that does not exist: '{field}'.</source>
      <translation>{subject} désigne un champ de ticket qui n’existe pas : « {field} ».</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="30" />
      <source>{subject} names an agent pool that does not exist ('{pool}').</source>
      <translation>{subject} désigne une équipe d’agents qui n’existe pas (« {pool} »).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="24" />
      <source>{subject} points to a node that does not exist ('{node}').</source>
      <translation>{subject} pointe vers un nœud qui n’existe pas (« {node} »).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="86" />
      <source>{subject} sends tickets on to {target}, which cannot take them ({reason}).</source>
      <translation>{subject} envoie des tickets vers {target}, qui ne peut pas les prendre ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="27" />
      <source>{subject} sits in a lane that does not exist ('{lane}').</source>
      <translation>{subject} se trouve dans un couloir qui n’existe pas (« {lane} »).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="146" />
      <source>{subject} would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.</source>
      <translation>{subject} coûterait environ {steps} passages de tickets, plus que les {limit} qu’une simulation traite en quelques minutes : elle pourrait durer des heures. Demandez moins de tickets, une durée plus courte ou moins de réplications.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="211" />
      <source>“{title}”</source>
      <translation>« {title} »</translation>
    </message>
  </context>
  <context>
    <name>DiagnosticsPanel</name>
    <message>
      <location filename="../../canvas/diagnostics.py" line="121" />
      <source>No problems found.</source>
      <translation>Aucun problème détecté.</translation>
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
      <translation>Sans titre {n}</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../app/files/documents.py" line="183" />
      <source>Cannot Open the File</source>
      <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="216" />
      <source>Cannot Save</source>
      <translation>Enregistrement impossible</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="112" />
      <location filename="../../app/files/documents.py" line="118" />
      <source>Problem found{where}: {reason}. The file itself is unchanged.</source>
      <translation>Problème relevé{where} : {reason}. Le fichier lui-même n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="280" />
      <source>Reloaded “{name}” from disk.</source>
      <translation>« {name} » a été rechargé depuis le disque.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="232" />
      <source>Save Failed</source>
      <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="243" />
      <source>Saved “{name}”.</source>
      <translation>« {name} » enregistré.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="266" />
      <source>Split it into smaller blueprints before you close it, or it cannot be opened again.</source>
      <translation>Scindez-le en blueprints plus petits avant de le fermer ; sinon il ne pourra plus être ouvert.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="102" />
      <source>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</source>
      <translation>Cette version ne peut pas l’ouvrir sans perdre d’informations, il n’a donc pas été ouvert. Mettez Blueprint Studio à jour pour l’ouvrir. Le fichier lui-même n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="256" />
      <source>Too Large to Open Again</source>
      <translation>Trop volumineux pour être rouvert</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="92" />
      <source>{reason}. The file on disk is unchanged.</source>
      <translation>{reason}. Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="107" />
      <source>“{name}” cannot be found.</source>
      <translation>« {name} » est introuvable.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="117" />
      <source>“{name}” cannot be opened: it is damaged or is not a blueprint.</source>
      <translation>Impossible d’ouvrir « {name} » : le fichier est endommagé ou n’est pas un blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="111" />
      <source>“{name}” cannot be read.</source>
      <translation>Impossible de lire « {name} ».</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="324" />
      <source>“{name}” is back on disk.</source>
      <translation>« {name} » est de nouveau sur le disque.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="217" />
      <source>“{name}” is open in another tab; close it first or choose another name.</source>
      <translation>« {name} » est ouvert dans un autre onglet ; fermez-le d’abord ou choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="296" />
      <source>“{name}” was changed on disk by someone else. Saving will ask what to do.</source>
      <translation>« {name} » a été modifié sur le disque par quelqu’un d’autre. À l’enregistrement, il vous sera demandé quoi faire.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="311" />
      <source>“{name}” was deleted or moved on disk. The document is still open here: save it to write the file again.</source>
      <translation>« {name} » a été supprimé ou déplacé sur le disque. Le document reste ouvert ici : enregistrez-le pour recréer le fichier.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="100" />
      <source>“{name}” was made with a newer version of Blueprint Studio.</source>
      <translation>« {name} » a été créé avec une version plus récente de Blueprint Studio.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="230" />
      <source>“{name}” was not saved. Your changes are still open here.</source>
      <translation>« {name} » n’a pas été enregistré. Vos modifications sont toujours ouvertes ici.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="258" />
      <source>“{name}” was saved, but it has {count} elements in “{collection}”, more than the {limit} Blueprint Studio opens.</source>
      <translation>« {name} » a été enregistré, mais il contient {count} éléments dans « {collection} », au-delà des {limit} que Blueprint Studio peut ouvrir.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/files/export_dialog.py" line="411" />
      <source>A {width} × {height} pixel image is too large: choose a lower resolution.</source>
      <translation>Une image de {width} × {height} pixels est trop grande : choisissez une résolution plus basse.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="97" />
      <source>Add the simulation report</source>
      <translation>Ajouter le rapport de simulation</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="101" />
      <source>Add the training handout</source>
      <translation>Ajouter le support de formation</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="84" />
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="462" />
      <source>Cancelling…</source>
      <translation>Annulation en cours…</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="181" />
      <source>Choose at least one part: the blueprint, the simulation report or the training handout.</source>
      <translation>Choisissez au moins un élément : le blueprint, le rapport de simulation ou le support de formation.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="379" />
      <location filename="../../app/files/export_dialog.py" line="382" />
      <source>Drawing the image…</source>
      <translation>Dessin de l’image…</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="60" />
      <location filename="../../app/files/export_dialog.py" line="311" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="449" />
      <source>Export cancelled: no file was written.</source>
      <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="443" />
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="436" />
      <source>Exported to {path}</source>
      <translation>Exporté dans {path}</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="89" />
      <source>Fit on one page</source>
      <translation>Ajuster sur une page</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="117" />
      <source>Format:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="86" />
      <source>Landscape</source>
      <translation>Paysage</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="103" />
      <source>Language of the document</source>
      <translation>Langue du document</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="128" />
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="119" />
      <source>Orientation:</source>
      <translation>Orientation :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="75" />
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="305" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="77" />
      <source>PNG image</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="307" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="118" />
      <source>Paper:</source>
      <translation>Papier :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="85" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="280" />
      <source>Poster of {columns} × {rows} sheets.</source>
      <translation>Affiche de {columns} × {rows} feuilles.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="90" />
      <source>Poster over several pages</source>
      <translation>Affiche sur plusieurs pages</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="273" />
      <source>Printed at {percent} % of full size: step names about {points} pt high.</source>
      <translation>Imprimé à {percent} % de la taille réelle : noms des étapes hauts d’environ {points} pt.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="129" />
      <source>Resolution:</source>
      <translation>Résolution :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="76" />
      <source>SVG drawing</source>
      <translation>Dessin SVG</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="306" />
      <source>SVG drawings (*.svg)</source>
      <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="96" />
      <source>The blueprint</source>
      <translation>Le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="414" />
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="424" />
      <source>The resolution must be between 24 and 1200 dpi.</source>
      <translation>La résolution doit être comprise entre 24 et 1200 ppp.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="286" />
      <source>Too small to read: choose a poster over several pages or a larger paper.</source>
      <translation>Trop petit pour être lu : choisissez l’affiche sur plusieurs pages ou un papier plus grand.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="417" />
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="420" />
      <source>{name} could not be written: the disk refused the data (is it full?).</source>
      <translation>Impossible d’écrire {name} : le disque a refusé les données (est-il plein ?).</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="425" />
      <source>{name} could not be written: {reason}</source>
      <translation>Impossible d’écrire {name} : {reason}</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/shell/help.py" line="296" />
      <source>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Dessinez les service blueprints et les flux de tickets de votre support, vérifiez-les, simulez-les, formez vos équipes et publiez-les.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="304" />
      <source>About Blueprint Studio</source>
      <translation>À propos de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="240" />
      <source>Arrow keys nudge the selection (Shift: one grid step); Tab and Shift+Tab walk along the flow. {palette}, {properties} and {diagnostics} go to the panels; {canvas} comes back to the canvas.</source>
      <translation>Les flèches déplacent la sélection (Maj : d’un pas de grille) ; Tab et Maj+Tab suivent le flux. {palette}, {properties} et {diagnostics} mènent aux panneaux ; {canvas} ramène au canevas.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="150" />
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="171" />
      <source>Choose a scenario in the Simulation panel (horizon, warm-up, arrivals, staffing, replications) and run it with {run}; {cancel} stops it. The Simulation results panel shows resolution times, SLA breaches, waits and utilisation with their confidence intervals, and the canvas colours each step by its queue wait.</source>
      <translation>Choisissez un scénario dans le panneau Simulation (horizon, période de chauffe, arrivées, effectifs, réplications) et lancez-le avec {run} ; {cancel} l’interrompt. Le panneau Résultats de simulation affiche les délais de résolution, les dépassements de SLA, les attentes et les taux d’occupation avec leurs intervalles de confiance, et le canevas colore chaque étape selon l’attente dans sa file.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="178" />
      <source>Compare and replay</source>
      <translation>Comparer et rejouer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="252" />
      <source>Design a blueprint</source>
      <translation>Concevoir un blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="135" />
      <source>Drag a node from the Palette onto the canvas, or pick its kind in the Insert menu: it is placed next to the selected node and linked to it. {connect} links the selection to a node chosen by name; you can also drag from the small circle on a node's side to another node. {lane} adds a swimlane: customer, frontstage, backstage and support lanes, in that order, give the lines of interaction, visibility and internal interaction. {rename} renames the selection; durations, pools, SLAs and branch conditions are edited in the Properties panel ({properties}).</source>
      <translation>Faites glisser un nœud de la palette sur le canevas, ou choisissez son type dans le menu Insertion : il se place à côté du nœud sélectionné et s’y relie. {connect} relie la sélection à un nœud choisi par son nom ; vous pouvez aussi tirer un lien depuis le petit cercle sur le côté d’un nœud jusqu’à un autre nœud. {lane} ajoute un couloir : les couloirs client, première ligne, coulisses et support, dans cet ordre, tracent la ligne d’interaction, la ligne de visibilité et la ligne d’interaction interne. {rename} renomme la sélection ; les durées, les équipes d’agents, les SLA et les conditions des branches se règlent dans le panneau Propriétés ({properties}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="133" />
      <source>Draw</source>
      <translation>Dessiner</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="262" />
      <source>Every shortcut</source>
      <translation>Tous les raccourcis</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="255" />
      <source>Export and share</source>
      <translation>Exporter et partager</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="279" />
      <source>Getting started</source>
      <translation>Prise en main</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="283" />
      <source>Getting started guide</source>
      <translation>Guide de prise en main</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="262" />
      <source>Getting started with Blueprint Studio</source>
      <translation>Prise en main de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="210" />
      <source>Handout</source>
      <translation>Support de formation</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="256" />
      <source>Keyboard</source>
      <translation>Clavier</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="238" />
      <source>Moving around</source>
      <translation>Se déplacer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="219" />
      <source>PDF, SVG and PNG</source>
      <translation>PDF, SVG et PNG</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="169" />
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="159" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="253" />
      <source>Simulate it</source>
      <translation>Le simuler</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="124" />
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="152" />
      <source>The Diagnostics panel ({diagnostics}) lists every problem: an unreachable step, a dead end, a decision without a default branch. Click one to jump to the element at fault; the canvas marks it with a badge. Errors must be fixed before a simulation; warnings need not be.</source>
      <translation>Le panneau Diagnostics ({diagnostics}) liste chaque problème : une étape inaccessible, une impasse, une décision sans branche par défaut. Cliquez sur un problème pour aller à l’élément en cause ; le canevas le signale par un badge. Les erreurs doivent être corrigées avant de simuler ; les avertissements, non.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="230" />
      <source>The same jobs run from a terminal: &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; and &lt;tt&gt;export&lt;/tt&gt; (see &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</source>
      <translation>Les mêmes tâches se lancent depuis un terminal : &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; et &lt;tt&gt;export&lt;/tt&gt; (voir &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="254" />
      <source>Train new agents</source>
      <translation>Former les nouveaux agents</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="195" />
      <source>Walkthrough</source>
      <translation>Parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="126" />
      <source>With no blueprint open, the start page offers a blank blueprint, the templates, Open… and your recent files. From the menus: {new}, {template} or {open}.</source>
      <translation>Quand aucun blueprint n’est ouvert, la page d’accueil propose un blueprint vierge, les modèles, Ouvrir… et vos fichiers récents. Depuis les menus : {new}, {template} ou {open}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="228" />
      <source>Without the window</source>
      <translation>Sans la fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="180" />
      <source>{compare} runs two scenarios and shows the differences; {watch} replays tickets moving through the flow. {results}, {log} and {report} save the figures, the event log (CSV or XES) and a PDF report.</source>
      <translation>{compare} simule deux scénarios et montre leurs écarts ; {watch} rejoue le passage des tickets dans le flux. {results}, {log} et {report} enregistrent les chiffres, le journal d’événements (CSV ou XES) et un rapport PDF.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="221" />
      <source>{export} produces a vector PDF of the blueprint (title block, legend, lanes and lines; A4 or A3, portrait or landscape, fitted on one page or tiled), with the simulation report if you wish, or an SVG drawing or a PNG image. The default paper size is set in {preferences}.</source>
      <translation>{export} produit un PDF vectoriel du blueprint (cartouche, légende, couloirs et lignes ; A4 ou A3, portrait ou paysage, sur une seule page ou en mosaïque), avec le rapport de simulation si vous le souhaitez, ou bien un dessin SVG ou une image PNG. Le format de papier par défaut se règle dans {preferences}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="212" />
      <source>{handout} prints each ticket card's path as numbered steps, as a PDF to hand out to the class.</source>
      <translation>{handout} imprime le parcours de chaque fiche ticket en étapes numérotées, dans un PDF à distribuer aux stagiaires.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="161" />
      <source>{save} writes the file safely (the previous version is kept as .bak); {save_as} saves it under another name. Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</source>
      <translation>{save} enregistre le fichier en toute sécurité (la version précédente est gardée en .bak) ; {save_as} l’enregistre sous un autre nom. Le travail non enregistré est mis de côté chaque minute : après un plantage, Blueprint Studio vous le propose au démarrage suivant.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="197" />
      <source>{start} steps a sample ticket through the blueprint: the current step is highlighted with its instructions, template response and mandatory fields, and at each decision the trainee picks the branch. {quiz} scores the trainee's choices; {presenter} enlarges everything for a projector; {end} stops.</source>
      <translation>{start} fait suivre le blueprint à un ticket d’exemple : l’étape en cours est mise en évidence avec ses consignes, sa réponse type et ses champs obligatoires, et à chaque décision le stagiaire choisit la branche. {quiz} note les choix du stagiaire ; {presenter} agrandit tout pour le vidéoprojecteur ; {end} y met fin.</translation>
    </message>
  </context>
  <context>
    <name>Kpi</name>
    <message>
      <location filename="../../model/kpis.py" line="30" />
      <source>Escalation rate</source>
      <translation>Taux d’escalade</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="35" />
      <source>Feature requests sent to the roadmap</source>
      <translation>Demandes d’évolution transmises à la feuille de route</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="28" />
      <source>First response time, mean</source>
      <translation>Délai de première réponse, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="29" />
      <source>First-contact resolution</source>
      <translation>Résolution au premier contact</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="31" />
      <source>First-response SLA breaches</source>
      <translation>Dépassements du SLA de première réponse</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="33" />
      <source>Re-opened tickets</source>
      <translation>Tickets réouverts</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="32" />
      <source>Resolution SLA breaches</source>
      <translation>Dépassements du SLA de résolution</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="25" />
      <source>Resolution time, 90th percentile</source>
      <translation>Délai de résolution, 90e centile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="26" />
      <source>Resolution time, 95th percentile</source>
      <translation>Délai de résolution, 95e centile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="27" />
      <source>Resolution time, longest</source>
      <translation>Délai de résolution, maximum</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="23" />
      <source>Resolution time, mean</source>
      <translation>Délai de résolution, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="24" />
      <source>Resolution time, median</source>
      <translation>Délai de résolution, médiane</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="34" />
      <source>Satisfied survey answers</source>
      <translation>Réponses satisfaites à l’enquête</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="38" />
      <source>Staff cost</source>
      <translation>Coût du personnel</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="21" />
      <source>Tickets abandoned</source>
      <translation>Tickets abandonnés</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="19" />
      <source>Tickets arrived</source>
      <translation>Tickets arrivés</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="20" />
      <source>Tickets resolved</source>
      <translation>Tickets résolus</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="22" />
      <source>Tickets still open at the end</source>
      <translation>Tickets encore ouverts à la fin</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="39" />
      <source>Tickets with no way out</source>
      <translation>Tickets sans issue</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="36" />
      <source>Time above the line of visibility, per ticket</source>
      <translation>Temps au-dessus de la ligne de visibilité, par ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="37" />
      <source>Time backstage, per ticket</source>
      <translation>Temps en coulisses, par ticket</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="86" />
      <source>95 % CI {span}</source>
      <translation>IC 95 % {span}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="75" />
      <source>Mean over the replications that measured it</source>
      <translation>Moyenne sur les réplications qui l’ont mesuré</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="89" />
      <source>measured in {n} of {runs} runs: no interval</source>
      <translation>mesuré dans {n} réplication(s) sur {runs} : pas d’intervalle</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="82" />
      <source>not measured in these runs</source>
      <translation>non mesuré dans ces réplications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="88" />
      <source>one run: no interval</source>
      <translation>une seule simulation : pas d’intervalle</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_cards.py" line="85" />
      <source>the same in every run</source>
      <translation>identique dans chaque réplication</translation>
    </message>
  </context>
  <context>
    <name>LoadErrors</name>
    <message>
      <location filename="../../model/load_texts.py" line="90" />
      <source>a file stands where a folder is expected</source>
      <translation>un fichier se trouve à la place d’un dossier</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="55" />
      <source>has an unknown kind '{tag}' (expected {expected_tags})</source>
      <translation>est d’un type inconnu « {tag} » (attendu : {expected_tags})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="52" />
      <source>has too many items (at most {max_length})</source>
      <translation>contient trop d’éléments ({max_length} au plus)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="37" />
      <source>has {count} items, more than the {limit} allowed</source>
      <translation>contient {count} éléments, plus que les {limit} autorisés</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="46" />
      <source>holds a broken character (half of a UTF-16 pair) that cannot be saved</source>
      <translation>contient un caractère invalide (moitié isolée d’une paire UTF-16) qui ne peut pas être enregistré</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="49" />
      <source>holds a broken character ({character}, half of a UTF-16 pair) that cannot be saved</source>
      <translation>contient un caractère invalide ({character}, moitié isolée d’une paire UTF-16) qui ne peut pas être enregistré</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="43" />
      <source>is not a known key</source>
      <translation>n’est pas une clé connue</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="59" />
      <source>is not a valid identifier (letters, digits, _ . : -)</source>
      <translation>n’est pas un identifiant valide (lettres, chiffres, _ . : -)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="42" />
      <source>is required</source>
      <translation>est obligatoire</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="44" />
      <source>is too long (at most {max_length} characters)</source>
      <translation>est trop long ({max_length} caractères au plus)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="88" />
      <source>it is a folder, not a file</source>
      <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="28" />
      <source>it is nested too deeply</source>
      <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="22" />
      <source>it is not UTF-8 text (byte {byte})</source>
      <translation>ce n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="20" />
      <source>it is not a file (a device, a pipe or a socket)</source>
      <translation>ce n’est pas un fichier (mais un périphérique, un tube ou un socket)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="23" />
      <source>it is not valid JSON (line {line}, column {column})</source>
      <translation>ce n’est pas du JSON valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="27" />
      <source>it is not valid JSON: a number has too many digits</source>
      <translation>ce n’est pas du JSON valide : un nombre a trop de chiffres</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="24" />
      <source>it is not valid JSON: {name} is not a number JSON allows</source>
      <translation>ce n’est pas du JSON valide : {name} n’est pas un nombre admis en JSON</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="41" />
      <source>must be &lt; {lt}</source>
      <translation>doit être &lt; {lt}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="39" />
      <source>must be &gt; {gt}</source>
      <translation>doit être &gt; {gt}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="62" />
      <source>must be a finite number</source>
      <translation>doit être un nombre fini</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="72" />
      <source>must be a list</source>
      <translation>doit être une liste</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="63" />
      <location filename="../../model/load_texts.py" line="64" />
      <source>must be a number</source>
      <translation>doit être un nombre</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="76" />
      <source>must be a pair of numbers</source>
      <translation>doit être une paire de nombres</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="65" />
      <location filename="../../model/load_texts.py" line="66" />
      <location filename="../../model/load_texts.py" line="67" />
      <location filename="../../model/load_texts.py" line="78" />
      <source>must be a whole number</source>
      <translation>doit être un nombre entier</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="77" />
      <source>must be a whole number ≥ 0</source>
      <translation>doit être un nombre entier ≥ 0</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="73" />
      <location filename="../../model/load_texts.py" line="74" />
      <location filename="../../model/load_texts.py" line="75" />
      <source>must be an object</source>
      <translation>doit être un objet</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="54" />
      <source>must be one of {expected}</source>
      <translation>doit valoir {expected}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="70" />
      <source>must be text</source>
      <translation>doit être du texte</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="71" />
      <source>must be text, a number, or true or false</source>
      <translation>doit être du texte, un nombre, ou vrai ou faux</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="68" />
      <location filename="../../model/load_texts.py" line="69" />
      <source>must be true or false</source>
      <translation>doit être vrai ou faux</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="40" />
      <source>must be ≤ {le}</source>
      <translation>doit être ≤ {le}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="38" />
      <source>must be ≥ {ge}</source>
      <translation>doit être ≥ {ge}</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="45" />
      <source>must not be empty</source>
      <translation>ne doit pas être vide</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="58" />
      <source>needs a 'kind'</source>
      <translation>doit indiquer son type (« kind »)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="53" />
      <source>needs at least {min_length} item(s)</source>
      <translation>doit contenir au moins {min_length} élément(s)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="85" />
      <source>permission denied</source>
      <translation>accès refusé</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="83" />
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="86" />
      <source>the disk is read-only</source>
      <translation>le disque est en lecture seule</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="84" />
      <source>the disk quota is exceeded</source>
      <translation>le quota du disque est dépassé</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="79" />
      <source>the document holds a value that cannot be written to a file</source>
      <translation>le document contient une valeur qui ne peut pas être écrite dans un fichier</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="29" />
      <source>the file does not hold a blueprint (expected a JSON object)</source>
      <translation>le fichier ne contient pas de blueprint (un objet JSON est attendu)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="32" />
      <source>the file does not hold a valid blueprint</source>
      <translation>le fichier ne contient pas de blueprint valide</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="21" />
      <source>the file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="19" />
      <source>the file is larger than {limit} MB</source>
      <translation>le fichier dépasse {limit} Mo</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="89" />
      <source>the file name is too long</source>
      <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="87" />
      <source>the file or folder does not exist</source>
      <translation>le fichier ou le dossier n’existe pas</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="91" />
      <source>too many symbolic links (a link points back to itself)</source>
      <translation>trop de liens symboliques (un lien pointe sur lui-même)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="33" />
      <source>written by {writer} in file format {version}, which this version (Blueprint Studio {ours}, format {format}) cannot read without losing information; update Blueprint Studio to open it</source>
      <translation>écrit par {writer} au format de fichier {version}, que cette version (Blueprint Studio {ours}, format {format}) ne peut pas lire sans perte d’informations ; mettez Blueprint Studio à jour pour l’ouvrir</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/shell/menus.py" line="50" />
      <source>&amp;Arrange</source>
      <translation>&amp;Disposition</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="43" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="42" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="48" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="45" />
      <source>&amp;Insert</source>
      <translation>&amp;Insertion</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="51" />
      <source>&amp;Panels</source>
      <translation>&amp;Panneaux</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="46" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="47" />
      <source>&amp;Training</source>
      <translation>F&amp;ormation</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="44" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="82" />
      <source>Autosave failed: {reason}</source>
      <translation>Échec de l’enregistrement automatique : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="278" />
      <source>Diagnostics</source>
      <translation>Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="140" />
      <source>Exported to {path}</source>
      <translation>Exporté dans {path}</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="396" />
      <source>Insert a “{kind}” node next to the selected one, linked to it, and type its name</source>
      <translation>Insérer un nœud « {kind} » à côté du nœud sélectionné, relié à lui, puis saisir son nom</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="415" />
      <source>No problems</source>
      <translation>Aucun problème</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="383" />
      <source>Not saved yet</source>
      <translation>Pas encore enregistré</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="399" />
      <source>Nothing selected</source>
      <translation>Aucune sélection</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="49" />
      <source>Open &amp;recent</source>
      <translation>Fichiers &amp;récents</translation>
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
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="408" />
      <source>Show or hide the toolbar</source>
      <translation>Afficher ou masquer la barre d’outils</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="406" />
      <source>Show or hide the {panel} panel</source>
      <translation>Afficher ou masquer le panneau {panel}</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="244" />
      <source>Show or hide {panel}</source>
      <translation>Afficher ou masquer : {panel}</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="379" />
      <location filename="../../app/shell/menus.py" line="408" />
      <source>Toolbar</source>
      <translation>Barre d’outils</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="404" />
      <source>Zoom {percent} %</source>
      <translation>Zoom {percent} %</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="417" />
      <source>{errors} error(s), {warnings} warning(s)</source>
      <translation>{errors} erreur(s), {warnings} avertissement(s)</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="388" />
      <source>{name}[*] — Blueprint Studio</source>
      <translation>{name}[*] — Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="399" />
      <source>{n} selected</source>
      <translation>{n} sélectionné(s)</translation>
    </message>
  </context>
  <context>
    <name>MinimapWidget</name>
    <message>
      <location filename="../../canvas/minimap.py" line="34" />
      <source>Overview: drag the rectangle to move around the drawing</source>
      <translation>Vue d’ensemble : faites glisser le rectangle pour vous déplacer dans le schéma</translation>
    </message>
  </context>
  <context>
    <name>PaletteWidget</name>
    <message>
      <location filename="../../canvas/palette.py" line="58" />
      <source>Drag onto the canvas, or click then click on the canvas; Enter inserts it next to the selected node</source>
      <translation>Faites-le glisser sur le canevas, ou cliquez dessus puis sur le canevas ; Entrée l’insère à côté du nœud sélectionné</translation>
    </message>
  </context>
  <context>
    <name>PdfExportWorker</name>
    <message>
      <location filename="../../app/shell/workers.py" line="298" />
      <source>Simulating the scenario…</source>
      <translation>Simulation du scénario…</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="351" />
      <source>The PDF cannot be made: {reason}</source>
      <translation>Impossible de produire le PDF : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="352" />
      <source>The PDF could not be written ({reason}).</source>
      <translation>Le PDF n’a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="334" />
      <source>The blueprint has {n} validation error(s): the report cannot be simulated.</source>
      <translation>Le blueprint contient {n} erreur(s) de validation : le rapport ne peut pas être simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="337" />
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="305" />
      <source>Writing the PDF…</source>
      <translation>Écriture du PDF…</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="340" />
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="345" />
      <source>{name} could not be written: {reason}</source>
      <translation>Impossible d’écrire {name} : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="343" />
      <source>{name} is a folder: choose a file name.</source>
      <translation>{name} est un dossier : choisissez un nom de fichier.</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../app/shell/preferences.py" line="48" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="42" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="55" />
      <source>&amp;Autosave every:</source>
      <translation>Enregistrement &amp;automatique toutes les :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="53" />
      <source>&amp;Grid size:</source>
      <translation>Taille de la &amp;grille :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="51" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="52" />
      <source>&amp;Theme:</source>
      <translation>&amp;Thème :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="20" />
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="15" />
      <source>English</source>
      <translation>Anglais (English)</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="18" />
      <source>Follow the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="14" />
      <source>French (Français)</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="19" />
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="56" />
      <source>PDF &amp;page size:</source>
      <translation>Format de &amp;page PDF :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="32" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="43" />
      <source>Snap nodes to the grid</source>
      <translation>Aimanter les nœuds à la grille</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="13" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <location filename="../../app/shell/prompts.py" line="50" />
      <source>&amp;Don't Save</source>
      <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="70" />
      <source>&amp;Overwrite</source>
      <translation>É&amp;craser</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="69" />
      <source>&amp;Reload</source>
      <translation>&amp;Recharger</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="49" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="86" />
      <source>Blueprints (*{suffix});;All files (*)</source>
      <translation>Blueprints (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="51" />
      <location filename="../../app/shell/prompts.py" line="72" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="62" />
      <source>File Changed on Disk</source>
      <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="47" />
      <source>If you don't save, your changes since the last save are lost.</source>
      <translation>Si vous n’enregistrez pas, les modifications faites depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="90" />
      <source>Open Blueprint</source>
      <translation>Ouvrir un blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="65" />
      <source>Reload it and lose your changes, overwrite their version with yours, or save yours under another name?</source>
      <translation>Le recharger et perdre vos modifications, écraser leur version avec la vôtre, ou enregistrer la vôtre sous un autre nom ?</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="71" />
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="95" />
      <source>Save Blueprint As</source>
      <translation>Enregistrer le blueprint sous</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="46" />
      <source>Save the changes to “{name}” before closing?</source>
      <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="45" />
      <source>Unsaved Changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../app/shell/prompts.py" line="63" />
      <source>“{name}” was changed by someone else since you opened it.</source>
      <translation>« {name} » a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.</translation>
    </message>
  </context>
  <context>
    <name>Properties</name>
    <message>
      <location filename="../../canvas/properties/labels.py" line="102" />
      <source>(missing element)</source>
      <translation>(élément introuvable)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="73" />
      <source>Abandoned</source>
      <translation>Abandonné</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="204" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="103" />
      <source>Add a duration rule</source>
      <translation>Ajouter une règle de durée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="127" />
      <source>Add action</source>
      <translation>Ajouter une action</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="100" />
      <source>Add field value</source>
      <translation>Ajouter une valeur de champ</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="267" />
      <source>Add shift</source>
      <translation>Ajouter un créneau</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="45" />
      <source>After the timeout, go to</source>
      <translation>À l’expiration du délai, aller à</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="59" />
      <source>After: automated actions</source>
      <translation>Après : actions automatiques</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="25" />
      <source>Arrival rate (per hour)</source>
      <translation>Taux d’arrivée (par heure)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="40" />
      <source>Automated actions</source>
      <translation>Actions automatiques</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="48" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="57" />
      <source>Before: offered only when</source>
      <translation>Avant : proposé seulement si</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="59" />
      <source>By priority</source>
      <translation>Par priorité</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="24" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="66" />
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="72" />
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="47" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="34" />
      <source>Counts as first response</source>
      <translation>Compte comme première réponse</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="29" />
      <source>Customer patience (minutes)</source>
      <translation>Patience du client (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="42" />
      <source>Customer response time (minutes)</source>
      <translation>Délai de réponse du client (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="56" />
      <source>Default branch</source>
      <translation>Branche par défaut</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="50" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="30" />
      <source>Duration (minutes)</source>
      <translation>Durée (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="31" />
      <source>Duration rules</source>
      <translation>Règles de durée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="58" />
      <source>During: fields to fill</source>
      <translation>Pendant : champs à remplir</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="64" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="60" />
      <source>Earliest SLA deadline</source>
      <translation>Échéance SLA la plus proche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="35" />
      <source>Empirical (samples)</source>
      <translation>Empirique (échantillons)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="33" />
      <source>Escalate to</source>
      <translation>Escalader vers</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="30" />
      <source>Exponential</source>
      <translation>Exponentielle</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="28" />
      <source>Field values set at arrival</source>
      <translation>Valeurs des champs à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="58" />
      <source>First in, first out</source>
      <translation>Premier arrivé, premier servi</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="31" />
      <source>Fixed</source>
      <translation>Fixe</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="51" />
      <source>Fri</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="52" />
      <source>From node</source>
      <translation>Nœud de départ</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="38" />
      <source>Guidance for agents</source>
      <translation>Consignes pour les agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="20" />
      <source>Height</source>
      <translation>Hauteur</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="54" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="23" />
      <location filename="../../canvas/properties/labels.py" line="82" />
      <source>Lane</source>
      <translation>Couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="19" />
      <source>Lane kind</source>
      <translation>Type de couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="57" />
      <source>Least loaded agent</source>
      <translation>Agent le moins chargé</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="81" />
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="34" />
      <source>Log-normal</source>
      <translation>Log-normale</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="39" />
      <source>Mandatory fields</source>
      <translation>Champs obligatoires</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="42" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="38" />
      <source>Mean</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="40" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="47" />
      <source>Mon</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="41" />
      <source>Most likely</source>
      <translation>Valeur la plus probable</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="56" />
      <source>Next free agent</source>
      <translation>Premier agent libre</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="22" />
      <source>Notify</source>
      <translation>Notifier</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="68" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="49" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="35" />
      <source>Pauses the SLA clocks</source>
      <translation>Suspend les compteurs SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="65" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="61" />
      <location filename="../../canvas/properties/labels.py" line="84" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="22" />
      <source>Pool of agents</source>
      <translation>Équipe d’agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="67" />
      <source>Portal</source>
      <translation>Portail</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="55" />
      <source>Probability</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="46" />
      <source>Probability of satisfaction</source>
      <translation>Probabilité de satisfaction</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="43" />
      <source>Probability the customer replies</source>
      <translation>Probabilité que le client réponde</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="41" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="38" />
      <source>Rates by weekday and hour</source>
      <translation>Débit par jour et par heure</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="23" />
      <source>Re-assign to a pool</source>
      <translation>Réaffecter à une équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="74" />
      <source>Rejected</source>
      <translation>Rejeté</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="71" />
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="86" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="44" />
      <source>Samples, separated by commas</source>
      <translation>Échantillons, séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="52" />
      <source>Sat</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="85" />
      <source>Scenario</source>
      <translation>Scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="21" />
      <source>Send a template response</source>
      <translation>Envoyer une réponse type</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="20" />
      <source>Set a field</source>
      <translation>Renseigner un champ</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="83" />
      <source>Stage</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="43" />
      <source>Standard deviation</source>
      <translation>Écart type</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="53" />
      <source>Sun</source>
      <translation>dim.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="36" />
      <source>Support level</source>
      <translation>Niveau de support</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="37" />
      <source>Template response</source>
      <translation>Réponse type</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="51" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="50" />
      <source>Thu</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="87" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="45" />
      <source>Tickets per hour arriving in each hour of the week</source>
      <translation>Tickets reçus par heure, pour chaque heure de la semaine</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="27" />
      <source>Time between arrivals (minutes)</source>
      <translation>Temps entre deux arrivées (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="32" />
      <source>Time limit (minutes)</source>
      <translation>Délai maximal (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="44" />
      <source>Timeout (minutes)</source>
      <translation>Délai d’expiration (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="18" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="53" />
      <source>To node</source>
      <translation>Nœud d’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="33" />
      <source>Triangular</source>
      <translation>Triangulaire</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="48" />
      <source>Tue</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="32" />
      <source>Uniform</source>
      <translation>Uniforme</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="39" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="49" />
      <source>Wed</source>
      <translation>mer.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="26" />
      <source>Weekly arrival rates</source>
      <translation>Taux d’arrivée hebdomadaires</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="123" />
      <source>When this condition holds, the step takes the duration below</source>
      <translation>Quand cette condition est remplie, l’étape prend la durée ci-dessous</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="21" />
      <source>Width</source>
      <translation>Largeur</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="99" />
      <source>{kind} (lane {number}, untitled)</source>
      <translation>{kind} (couloir {number}, sans titre)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="98" />
      <source>{kind} {number} (untitled)</source>
      <translation>{kind} {number} (sans titre)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="104" />
      <source>{kind} {number} · untitled</source>
      <translation>{kind} {number} · sans titre</translation>
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
      <translation>{where} : {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="100" />
      <source>“{title}”</source>
      <translation>« {title} »</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../canvas/properties/dock.py" line="246" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="374" />
      <source>Column {column}: {message}</source>
      <translation>Colonne {column} : {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="333" />
      <source>Not a valid value.</source>
      <translation>Valeur non valide.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="105" />
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="141" />
      <source>Select one element to see its properties.</source>
      <translation>Sélectionnez un élément pour voir ses propriétés.</translation>
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
      <translation>L’enregistrement automatique ne fonctionne pas</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="130" />
      <source>Autosave is not working</source>
      <translation>Enregistrement automatique en panne</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="132" />
      <source>Autosave is not working: {reason}</source>
      <translation>L’enregistrement automatique ne fonctionne pas : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="159" />
      <source>Autosave is not working: {reason}.</source>
      <translation>L’enregistrement automatique ne fonctionne pas : {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="146" />
      <source>Autosave works again.</source>
      <translation>L’enregistrement automatique fonctionne de nouveau.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="175" />
      <source>Blueprint Studio did not close properly last time. These documents had changes that were not saved. Choose what to do with each one.</source>
      <translation>Blueprint Studio ne s’est pas fermé correctement la dernière fois. Ces documents contenaient des modifications non enregistrées. Choisissez quoi faire de chacun.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="265" />
      <source>Blueprint Studio starts normally; the other documents are not affected.</source>
      <translation>Blueprint Studio démarre normalement ; les autres documents ne sont pas concernés.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="204" />
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="184" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="184" />
      <source>Last autosave</source>
      <translation>Dernier enregistrement automatique</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="170" />
      <source>Recover Unsaved Work</source>
      <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="183" />
      <source>Recovered documents</source>
      <translation>Documents récupérés</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="203" />
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="205" />
      <source>Restore or discard {title}</source>
      <translation>Restaurer ou abandonner {title}</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="263" />
      <source>Unsaved Work Could Not Be Recovered</source>
      <translation>Travail non enregistré impossible à récupérer</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="150" />
      <source>Unsaved changes cannot be copied to the recovery folder ({reason}), so a crash would lose them. Save your documents with File › Save, and check the folder {folder}.</source>
      <translation>Les modifications non enregistrées ne peuvent pas être copiées dans le dossier de récupération ({reason}) : en cas de plantage, elles seraient perdues. Enregistrez vos documents avec Fichier › Enregistrer et vérifiez le dossier {folder}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="193" />
      <source>never saved</source>
      <translation>jamais enregistré</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="257" />
      <source>{count} unsaved document(s) from the last session could not be read (“{title}”: {reason}); they were kept in {folder}.</source>
      <translation>{count} document(s) non enregistré(s) de la dernière session n’ont pas pu être relus (« {title} » : {reason}) ; ils ont été conservés dans {folder}.</translation>
    </message>
  </context>
  <context>
    <name>Replay</name>
    <message>
      <location filename="../../app/simulation/replay.py" line="39" />
      <source>Day {day} · {weekday} {hh:02d}:{mm:02d}</source>
      <translation>Jour {day} · {weekday} {hh:02d}:{mm:02d}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="28" />
      <source>Fri</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="24" />
      <source>Mon</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="29" />
      <source>Sat</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="30" />
      <source>Sun</source>
      <translation>dim.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="27" />
      <source>Thu</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="25" />
      <source>Tue</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="26" />
      <source>Wed</source>
      <translation>mer.</translation>
    </message>
  </context>
  <context>
    <name>ReplayDock</name>
    <message>
      <location filename="../../app/simulation/replay.py" line="91" />
      <source>1 day / s</source>
      <translation>1 jour / s</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="64" />
      <source>Close replay</source>
      <translation>Fermer la relecture</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="68" />
      <source>Colour by:</source>
      <translation>Couleur selon :</translation>
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
      <translation>Lecture</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="66" />
      <source>Speed:</source>
      <translation>Vitesse :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="48" />
      <source>Watch tickets</source>
      <translation>Voir les tickets circuler</translation>
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
      <translation>% des tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="256" />
      <location filename="../../app/simulation/results_charts.py" line="276" />
      <source>90 %</source>
      <translation>90 %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="277" />
      <source>95 %</source>
      <translation>95 %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="349" />
      <source>No step passed its time limit in these runs.</source>
      <translation>Aucune étape n’a dépassé son délai dans ces exécutions.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="31" />
      <source>Open tickets over time</source>
      <translation>Tickets ouverts au fil du temps</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="30" />
      <source>Resolution time against the SLA target</source>
      <translation>Délai de résolution par rapport à l’objectif de SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="34" />
      <source>SLA breaches per step</source>
      <translation>Dépassements de SLA par étape</translation>
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
      <translation>Temps passé dans chaque étape, par ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="32" />
      <source>Utilisation per pool</source>
      <translation>Taux d’occupation par équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="306" />
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="292" />
      <source>hours</source>
      <translation>heures</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="278" />
      <source>longest</source>
      <translation>maximum</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="256" />
      <location filename="../../app/simulation/results_charts.py" line="274" />
      <source>mean</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="275" />
      <source>median</source>
      <translation>médiane</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="335" />
      <source>minutes per ticket</source>
      <translation>minutes par ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="307" />
      <source>open tickets</source>
      <translation>tickets ouverts</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="269" />
      <source>resolution time (log scale)</source>
      <translation>délai de résolution (échelle logarithmique)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="351" />
      <source>time-limit breaches per run</source>
      <translation>dépassements de délai par exécution</translation>
    </message>
  </context>
  <context>
    <name>ResultsDock</name>
    <message>
      <location filename="../../app/simulation/results.py" line="150" />
      <location filename="../../app/simulation/results.py" line="438" />
      <source>95 % CI high</source>
      <translation>IC 95 % haut</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="149" />
      <location filename="../../app/simulation/results.py" line="437" />
      <source>95 % CI low</source>
      <translation>IC 95 % bas</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="155" />
      <source>All KPIs</source>
      <translation>Tous les indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="183" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="186" />
      <source>Breaches</source>
      <translation>Dépassements</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="195" />
      <source>Chart</source>
      <translation>Graphique</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="208" />
      <source>Copy KPI table</source>
      <translation>Copier le tableau des indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="197" />
      <source>Copy chart</source>
      <translation>Copier le graphique</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="293" />
      <source>Default settings</source>
      <translation>Réglages par défaut</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="217" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="220" />
      <source>Export event log…</source>
      <translation>Exporter le journal des événements…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="219" />
      <source>Export results…</source>
      <translation>Exporter les résultats…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="223" />
      <source>Export simulation report (PDF)…</source>
      <translation>Exporter le rapport de simulation (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="147" />
      <location filename="../../app/simulation/results.py" line="435" />
      <source>KPI</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="206" />
      <source>KPI table</source>
      <translation>Tableau des indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="148" />
      <location filename="../../app/simulation/results.py" line="436" />
      <source>Mean</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="255" />
      <source>No blueprint is open.</source>
      <translation>Aucun blueprint n’est ouvert.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="253" />
      <source>No simulation run for {title} yet.</source>
      <translation>Pas encore de simulation pour « {title} ».</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="151" />
      <location filename="../../app/simulation/results.py" line="439" />
      <source>Replications</source>
      <translation>Réplications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="182" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="343" />
      <source>Run before your last edit: these figures may no longer match the drawing.</source>
      <translation>Simulation antérieure à votre dernière modification : ces chiffres peuvent ne plus correspondre au schéma.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="346" />
      <source>Run before your last {n} edits: these figures may no longer match the drawing.</source>
      <translation>Simulation antérieure à vos {n} dernières modifications : ces chiffres peuvent ne plus correspondre au schéma.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="120" />
      <source>Run simulation</source>
      <translation>Lancer la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="122" />
      <source>Run the chosen scenario of this blueprint (Ctrl+R)</source>
      <translation>Simuler le scénario choisi de ce blueprint (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="472" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="211" />
      <source>Save KPI table as CSV…</source>
      <translation>Enregistrer le tableau des indicateurs en CSV…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="200" />
      <source>Save chart as PNG…</source>
      <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="383" />
      <source>Simulated mean resolution: {simulated}.</source>
      <translation>Résolution moyenne simulée : {simulated}.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="76" />
      <source>Simulation results</source>
      <translation>Résultats de simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="185" />
      <source>Time in steps</source>
      <translation>Temps par étape</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="341" />
      <source>Up to date with the drawing.</source>
      <translation>À jour avec le schéma.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="184" />
      <source>Utilisation</source>
      <translation>Taux d’occupation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="394" />
      <source>Utilisation: {pool}</source>
      <translation>Taux d’occupation : {pool}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="490" />
      <source>earlier</source>
      <translation>plus tôt</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="496" />
      <source>on {date} at {time}</source>
      <translation>le {date} à {time}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="495" />
      <source>today at {time}</source>
      <translation>aujourd’hui à {time}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="300" />
      <source>{runs} replication(s), run {when}</source>
      <translation>{runs} réplication(s), simulation lancée {when}</translation>
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
      <translation>Aucun ticket n’est arrivé pendant la simulation. Vérifiez les taux d’arrivée des entrées, ou allongez la durée simulée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="386" />
      <source>No ticket was measured: every ticket arrived during the warm-up ({warmup}). Use a shorter warm-up or a longer horizon.</source>
      <translation>Aucun ticket mesuré : tous les tickets sont arrivés pendant la mise en régime ({warmup}). Raccourcissez la mise en régime ou allongez la durée simulée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="383" />
      <source>Unfinished: {open} tickets never reached an end ({time} of simulated time).</source>
      <translation>Inachevée : {open} tickets n’ont jamais atteint de fin ({time} de temps simulé).</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="371" />
      <source>Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never leaves. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : un ticket est passé {limit} fois par « {node} » sans atteindre de fin, dans une boucle dont il ne sort jamais. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="379" />
      <source>Unstable: more than {limit} events were waiting to happen. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : plus de {limit} événements étaient en attente. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="375" />
      <source>Unstable: more than {limit} tickets were open at once. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : plus de {limit} tickets étaient ouverts en même temps. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/messages.py" line="367" />
      <source>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time. Add agents or lower the arrivals.</source>
      <translation>Instable : la file d’attente de « {node} » a dépassé {limit} tickets après {time} de temps simulé. La simulation a été arrêtée là : ses chiffres ne couvrent que cette période. Ajoutez des agents ou réduisez les arrivées.</translation>
    </message>
  </context>
  <context>
    <name>ScenarioForm</name>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="92" />
      <location filename="../../app/simulation/scenario_form.py" line="98" />
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="105" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="125" />
      <source>Agents per pool (shifts: weekdays 1-7, hours, agents)</source>
      <translation>Agents par équipe (horaires : jours 1-7, heures, agents)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="120" />
      <source>Arrival multiplier</source>
      <translation>Multiplicateur d’arrivées</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="91" />
      <source>Days of simulated time</source>
      <translation>Jours de temps simulé</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="110" />
      <source>First response (h)</source>
      <translation>Première réponse (h)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="115" />
      <source>Horizon</source>
      <translation>Horizon</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="113" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="91" />
      <source>Number of tickets</source>
      <translation>Nombre de tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="107" />
      <source>Override the SLA targets</source>
      <translation>Remplacer les objectifs de SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="105" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="118" />
      <source>Replications</source>
      <translation>Réplications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="110" />
      <source>Resolution (h)</source>
      <translation>Résolution (h)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="114" />
      <source>Run length</source>
      <translation>Durée de la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="110" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="119" />
      <source>Seed</source>
      <translation>Graine</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="105" />
      <source>Shifts</source>
      <translation>Horaires</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="116" />
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="96" />
      <source>Tickets measured: those arriving after the warm-up; the run then lets them reach an end</source>
      <translation>Tickets mesurés : ceux qui arrivent après la mise en régime ; la simulation les laisse ensuite atteindre une fin</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="117" />
      <source>Warm-up</source>
      <translation>Mise en régime</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="28" />
      <source>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</source>
      <translation>Jours (1 = lundi), heures, agents ; p. ex. 1-5 8-17 4; 6 9-13 2</translation>
    </message>
  </context>
  <context>
    <name>Scenarios</name>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="43" />
      <source>Change scenario</source>
      <translation>Modifier le scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="59" />
      <source>Delete scenario</source>
      <translation>Supprimer le scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="55" />
      <source>Duplicate scenario</source>
      <translation>Dupliquer le scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="27" />
      <location filename="../../canvas/commands/scenarios.py" line="28" />
      <source>New scenario</source>
      <translation>Nouveau scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="32" />
      <source>Rename scenario</source>
      <translation>Renommer le scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="53" />
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
  </context>
  <context>
    <name>ScenariosDock</name>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="50" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="48" />
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="169" />
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="47" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="169" />
      <source>Rename scenario</source>
      <translation>Renommer le scénario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="49" />
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="35" />
      <source>Scenarios</source>
      <translation>Scénarios</translation>
    </message>
  </context>
  <context>
    <name>SimulateCommand</name>
    <message>
      <location filename="../../app/cli/simulate.py" line="33" />
      <source>Horizon {horizon}, warm-up: {warmup}</source>
      <translation>Durée simulée {horizon}, mise en régime : {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="42" />
      <source>The simulation could not be computed: {reason}. Check the durations and rates of the blueprint.</source>
      <translation>La simulation n’a pas pu être calculée : {reason}. Vérifiez les durées et les taux d’arrivée du blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="37" />
      <source>This run would cost about {steps} ticket steps ({tickets} tickets × {nodes} nodes × {replications} replication(s)), more than the {limit} run without --force. Ask for fewer tickets, a shorter horizon or fewer replications, or add --force.</source>
      <translation>Cette simulation coûterait environ {steps} passages de tickets ({tickets} tickets × {nodes} nœuds × {replications} réplication(s)), plus que les {limit} admis sans --force. Demandez moins de tickets, une durée plus courte ou moins de réplications, ou ajoutez --force.</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="47" />
      <source>a number too large</source>
      <translation>un nombre trop grand</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="48" />
      <source>cannot write the event log “{name}”: {reason}</source>
      <translation>impossible d’écrire le journal d’événements « {name} » : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="32" />
      <source>default settings</source>
      <translation>paramètres par défaut</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="36" />
      <source>event loop: Python (slower)</source>
      <translation>boucle d’événements en Python (plus lente)</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="35" />
      <source>event loop: compiled</source>
      <translation>boucle d’événements compilée</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="41" />
      <source>no warm-up</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="46" />
      <source>not enough memory</source>
      <translation>mémoire insuffisante</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="34" />
      <source>{tickets} tickets measured, warm-up: {warmup}</source>
      <translation>{tickets} tickets mesurés, mise en régime : {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="29" />
      <source>{title} — scenario {scenario}, {replications} replication(s), seed {seed}</source>
      <translation>{title} — scénario {scenario}, {replications} réplication(s), graine {seed}</translation>
    </message>
  </context>
  <context>
    <name>Simulation</name>
    <message>
      <location filename="../../app/simulation/panel.py" line="69" />
      <source>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</source>
      <translation> ; attente la plus longue à « {step} » : {wait} (occupation {load:.0f} %)</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="48" />
      <source>Change in mean wait (B − A)</source>
      <translation>Variation de l’attente moyenne (B − A)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="48" />
      <source>Difference of the comparison</source>
      <translation>Écart de la comparaison</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="45" />
      <location filename="../../canvas/overlays/heatmap.py" line="45" />
      <source>Mean wait</source>
      <translation>Attente moyenne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="44" />
      <source>Off</source>
      <translation>Désactivée</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="64" />
      <source>Quick estimate ({kind}): {time} in the system per ticket</source>
      <translation>Estimation rapide ({kind}) : {time} dans le système par ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="59" />
      <source>Quick estimate: not available.</source>
      <translation>Estimation rapide : indisponible.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="62" />
      <source>Quick estimate: not possible here, because {reason}.</source>
      <translation>Estimation rapide : impossible ici, car {reason}.</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/legend.py" line="54" />
      <source>Results out of date: the drawing changed since this run.</source>
      <translation>Résultats périmés : le schéma a changé depuis cette simulation.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="47" />
      <location filename="../../canvas/overlays/heatmap.py" line="47" />
      <source>SLA breaches</source>
      <translation>Dépassements de SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="46" />
      <source>Utilisation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="46" />
      <source>Utilisation of the pool</source>
      <translation>Taux d’occupation de l’équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="33" />
      <source>a condition reads a number or text field</source>
      <translation>une condition lit un champ numérique ou texte</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="31" />
      <source>a customer wait has a timeout</source>
      <translation>une attente du client a un délai d’expiration</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="39" />
      <source>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</source>
      <translation>une équipe est surchargée (occupation de 100 % ou plus) : sa file grandit sans fin</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="34" />
      <source>a rule reads number or text fields</source>
      <translation>une règle lit des champs numériques ou texte</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="29" />
      <source>a step escalates on a time limit</source>
      <translation>une étape escalade sur délai</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="82" />
      <source>about {m:.0f} min left</source>
      <translation>environ {m:.0f} min restantes</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="81" />
      <source>about {s:.0f} s left</source>
      <translation>environ {s:.0f} s restantes</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="65" />
      <source>approximate</source>
      <translation>approchée</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="26" />
      <source>arrivals follow a weekly schedule</source>
      <translation>les arrivées suivent un planning hebdomadaire</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="32" />
      <source>conditions and probabilities are mixed on a node</source>
      <translation>conditions et probabilités sont mélangées sur un nœud</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="27" />
      <source>customers abandon the queue</source>
      <translation>des clients abandonnent la file</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="79" />
      <source>estimating the time left…</source>
      <translation>estimation du temps restant…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="65" />
      <source>exact</source>
      <translation>exacte</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="38" />
      <source>no tickets arrive</source>
      <translation>aucun ticket n’arrive</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="36" />
      <source>some tickets find no way out</source>
      <translation>certains tickets ne trouvent pas de sortie</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="28" />
      <source>the number of agents changes over the week</source>
      <translation>le nombre d’agents change au cours de la semaine</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="30" />
      <source>tickets are re-assigned to another pool</source>
      <translation>des tickets sont réaffectés à une autre équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="37" />
      <source>tickets loop without end</source>
      <translation>des tickets bouclent sans fin</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="35" />
      <source>too many kinds of tickets</source>
      <translation>trop de sortes de tickets</translation>
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
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="142" />
      <source>Default settings (30 days, 1 run)</source>
      <translation>Réglages par défaut (30 jours, 1 exécution)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="117" />
      <source>Heat map:</source>
      <translation>Carte de chaleur :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="168" />
      <source>Quick estimate: computing…</source>
      <translation>Estimation rapide : calcul en cours…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="98" />
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="91" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="172" />
      <source>The blueprint has errors; fix them before running:</source>
      <translation>Le blueprint contient des erreurs ; corrigez-les avant de lancer :</translation>
    </message>
  </context>
  <context>
    <name>SimulationWorkspace</name>
    <message>
      <location filename="../../app/simulation/workspace.py" line="121" />
      <source>&amp;Cancel simulation</source>
      <translation>&amp;Annuler la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="124" />
      <source>&amp;Export results…</source>
      <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="120" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="159" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="123" />
      <source>&amp;Watch tickets</source>
      <translation>&amp;Voir les tickets circuler</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="487" />
      <source>CSV (*.csv);;XES (*.xes)</source>
      <translation>CSV (*.csv);;XES (*.xes)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="122" />
      <source>Co&amp;mpare scenarios…</source>
      <translation>Co&amp;mparer des scénarios…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="125" />
      <source>Export event &amp;log…</source>
      <translation>Exporter le &amp;journal d’événements…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="487" />
      <source>Export event log</source>
      <translation>Exporter le journal d’événements</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="354" />
      <location filename="../../app/simulation/workspace.py" line="355" />
      <source>Export finished.</source>
      <translation>Export terminé.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="477" />
      <source>Export results</source>
      <translation>Exporter les résultats</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="126" />
      <source>Export simulation &amp;report (PDF)…</source>
      <translation>Exporter le &amp;rapport de simulation (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="497" />
      <source>Export simulation report</source>
      <translation>Exporter le rapport de simulation</translation>
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
      <translation>Simuler le scénario choisi en arrière-plan ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="167" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="426" />
      <source>Simulation cancelled.</source>
      <translation>Simulation annulée.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="365" />
      <source>Simulation of {title} finished.</source>
      <translation>Simulation de « {title} » terminée.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="346" />
      <source>The blueprint has errors: it cannot run.</source>
      <translation>Le blueprint contient des erreurs : il ne peut pas être simulé.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="420" />
      <source>The simulation failed: {error}</source>
      <translation>La simulation a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="524" />
      <source>this blueprint</source>
      <translation>ce blueprint</translation>
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
attente moyenne {wait}
occupation de l’équipe {util}
dépassements de SLA {breaches}
tickets par exécution {visits:.0f}
file moyenne {queue:.1f}</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../app/shell/start_page.py" line="205" />
      <source>&amp;Recent files</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="203" />
      <source>A blueprint file on this computer ({keys})</source>
      <translation>Un fichier blueprint de cet ordinateur ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="200" />
      <source>An empty canvas ({keys})</source>
      <translation>Un canevas vide ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="208" />
      <source>Clear the list</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="190" />
      <source>Draw your help-desk service, check it, simulate it, teach it and publish it. Choose how to start:</source>
      <translation>Dessinez votre service d’assistance, vérifiez-le, simulez-le, formez vos équipes et publiez-le. Pour commencer :</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="207" />
      <source>Files you open or save appear here.</source>
      <translation>Les fichiers que vous ouvrez ou enregistrez apparaîtront ici.</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="206" />
      <source>From a &amp;template</source>
      <translation>À partir d’un &amp;modèle</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="199" />
      <source>New blank blueprint</source>
      <translation>Nouveau blueprint vierge</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="201" />
      <source>Open…</source>
      <translation>Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="209" />
      <source>Remove from the list</source>
      <translation>Retirer de la liste</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="194" />
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="222" />
      <source>{name} (not found)</source>
      <translation>{name} (introuvable)</translation>
    </message>
    <message>
      <location filename="../../app/shell/start_page.py" line="229" />
      <source>{path}
This file is no longer there. Press Delete to remove it from the list.</source>
      <translation>{path}
Ce fichier n’est plus à cet emplacement. Appuyez sur Suppr pour le retirer de la liste.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../app/shell/gui.py" line="69" />
      <source>Another Blueprint Studio window is already running; its unsaved work is left alone.</source>
      <translation>Une autre fenêtre de Blueprint Studio est déjà ouverte ; son travail non enregistré n’est pas touché.</translation>
    </message>
  </context>
  <context>
    <name>TemplateGallery</name>
    <message>
      <location filename="../../app/shell/gallery.py" line="57" />
      <source>A support request across the five lanes of a service blueprint</source>
      <translation>Une demande d’assistance sur les cinq couloirs d’un service blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="189" />
      <source>An empty canvas: draw your own flow</source>
      <translation>Un canevas vide pour dessiner votre propre flux</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="188" />
      <source>Blank blueprint</source>
      <translation>Blueprint vierge</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="383" />
      <source>Choose how to start (arrow keys to move, Enter to open):</source>
      <translation>Choisissez un point de départ (flèches pour vous déplacer, Entrée pour ouvrir) :</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="394" />
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="60" />
      <source>Levels 0 to 4, priorities P1–P4, SLAs and shifts</source>
      <translation>Niveaux 0 à 4, priorités P1 à P4, SLA et roulements</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="380" />
      <source>New from template</source>
      <translation>Nouveau à partir d’un modèle</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="54" />
      <source>Support and feature requests, known issues, two support levels</source>
      <translation>Demandes d’assistance ou d’évolution, deux niveaux de support</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="351" />
      <source>Templates</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <location filename="../../app/shell/gallery.py" line="63" />
      <source>Ticket statuses with before, during and after conditions</source>
      <translation>Statuts de ticket avec conditions avant, pendant et après</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <location filename="../../app/training/workspace.py" line="106" />
      <source>&amp;End walkthrough</source>
      <translation>&amp;Terminer le parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="110" />
      <source>&amp;Presenter mode</source>
      <translation>Mode &amp;présentation</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="114" />
      <source>&amp;Quiz mode</source>
      <translation>Mode &amp;quiz</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="119" />
      <source>A PDF with each ticket card's path as numbered steps</source>
      <translation>Un PDF avec le parcours de chaque fiche ticket en étapes numérotées</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="111" />
      <source>Full screen and large type for a projector; Escape leaves</source>
      <translation>Plein écran et grands caractères pour vidéoprojecteur ; Échap pour quitter</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="178" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="118" />
      <source>Print &amp;handout…</source>
      <translation>Imprimer le &amp;support de formation…</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="178" />
      <location filename="../../app/training/workspace.py" line="192" />
      <source>Print Handout</source>
      <translation>Imprimer le support de formation</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="107" />
      <source>Remove the highlight and go back to editing (Esc in the walkthrough panel)</source>
      <translation>Retirer la mise en évidence et revenir à l’édition (Échap dans le panneau du parcours guidé)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="104" />
      <source>Start &amp;walkthrough</source>
      <translation>Démarrer le &amp;parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="104" />
      <source>Step a sample ticket through the blueprint</source>
      <translation>Faire avancer un ticket d’exemple pas à pas dans le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="193" />
      <source>The handout could not be written: {why}</source>
      <translation>Le support de formation n’a pas pu être écrit : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="128" />
      <source>The handout needs the PDF export, which is not installed in this version</source>
      <translation>Le support de formation nécessite l’export PDF, absent de cette version</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="115" />
      <source>The trainee chooses the branch at each decision and is scored</source>
      <translation>Le stagiaire choisit la branche à chaque décision et reçoit une note</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="166" />
      <source>Walkthrough ended: the blueprint is ready for editing.</source>
      <translation>Parcours guidé terminé : le blueprint est prêt à être modifié.</translation>
    </message>
  </context>
  <context>
    <name>Walkthrough</name>
    <message>
      <location filename="../../app/training/page.py" line="344" />
      <source>#{n} · {kind}</source>
      <translation>N° {n} · {kind}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="248" />
      <source>Back to the previous step (Left)</source>
      <translation>Revenir à l’étape précédente (Gauche)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="239" />
      <source>Cards</source>
      <translation>Fiches</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="176" />
      <source>Choose a ticket card, then press Right to start.</source>
      <translation>Choisissez une fiche ticket, puis appuyez sur Droite pour commencer.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="173" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="112" />
      <source>Clock: {elapsed} counted, {wall} since arrival</source>
      <translation>Compteur : {elapsed} comptés, {wall} depuis l’arrivée</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="254" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="255" />
      <source>Copy the template response to the clipboard</source>
      <translation>Copier la réponse type dans le presse-papiers</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="240" />
      <source>Create, edit or delete ticket cards (undoable)</source>
      <translation>Créer, modifier ou supprimer des fiches ticket (annulable)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="50" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="243" />
      <source>Delete ticket card</source>
      <translation>Supprimer la fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="355" />
      <source>Done on leaving “{step}”: {what}</source>
      <translation>Fait en quittant « {step} » : {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="242" />
      <source>Edit ticket card…</source>
      <translation>Modifier la fiche ticket…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="54" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="250" />
      <source>End the walkthrough and go back to editing (Esc)</source>
      <translation>Terminer le parcours guidé et revenir à l’édition (Échap)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="448" />
      <source>Escalations: {n}</source>
      <translation>Escalades : {n}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="256" />
      <source>Fields to fill in</source>
      <translation>Champs à remplir</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="127" />
      <source>Fill in first: {fields}</source>
      <translation>À remplir d’abord : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="249" />
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="97" />
      <source>First response: given after {time} (target {target})</source>
      <translation>Première réponse : donnée après {time} (objectif {target})</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="101" />
      <source>First response: {left}</source>
      <translation>Première réponse : {left}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="444" />
      <source>First response: {met}</source>
      <translation>Première réponse : {met}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="260" />
      <source>History (click to go back)</source>
      <translation>Historique (cliquer pour revenir)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="48" />
      <source>Intake</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="307" />
      <source>Needs: {fields}</source>
      <translation>Requiert : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="420" />
      <source>New ticket</source>
      <translation>Nouveau ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="241" />
      <source>New ticket card…</source>
      <translation>Nouvelle fiche ticket…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="257" />
      <source>Next — Right or Space · 1–9 a branch · Left back · Esc ends</source>
      <translation>Suite — Droite ou Espace · 1–9 une branche · Gauche retour · Échap termine</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="93" />
      <source>No SLA applies to this ticket.</source>
      <translation>Aucun SLA ne s’applique à ce ticket.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="289" />
      <source>No branch is offered here.</source>
      <translation>Aucune branche n’est proposée ici.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="310" />
      <location filename="../../app/training/widgets.py" line="316" />
      <source>Not offered: {why}</source>
      <translation>Non proposé : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="308" />
      <source>Not this branch. {reason}</source>
      <translation>Pas cette branche. {reason}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="75" />
      <location filename="../../app/training/dock.py" line="111" />
      <location filename="../../app/training/dock.py" line="137" />
      <source>Open a blueprint to start a walkthrough.</source>
      <translation>Ouvrez un blueprint pour démarrer un parcours guidé.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="440" />
      <source>Outcome: {outcome}</source>
      <translation>Issue : {outcome}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="437" />
      <source>Path: {path}</source>
      <translation>Chemin : {path}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="251" />
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="247" />
      <source>Quiz off: Right follows the card's story again.</source>
      <translation>Quiz désactivé : la touche Droite suit de nouveau le scénario de la fiche.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="245" />
      <source>Quiz on from this step: choose the branch at each decision with its number key. Restart begins the card again.</source>
      <translation>Quiz activé à partir de cette étape : à chaque décision, choisissez la branche avec sa touche numérique. « Recommencer » reprend la fiche depuis le début.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="451" />
      <source>Quiz score: {right} / {total} decisions right at the first try</source>
      <translation>Score du quiz : {right} / {total} décisions justes du premier coup</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="134" />
      <source>Refused: {code}</source>
      <translation>Refusé : {code}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="108" />
      <source>Resolution: {left}</source>
      <translation>Résolution : {left}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="445" />
      <source>Resolution: {met}</source>
      <translation>Résolution : {met}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="245" />
      <source>Restart</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="312" />
      <source>Right: {reason}</source>
      <translation>Exact : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="53" />
      <source>Roadmap</source>
      <translation>Feuille de route</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="258" />
      <source>SLA clock</source>
      <translation>Horloge du SLA</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="94" />
      <source>SLA: {name}</source>
      <translation>SLA : {name}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="52" />
      <source>Satisfaction survey</source>
      <translation>Enquête de satisfaction</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="244" />
      <source>Save the path walked as the card's expected path</source>
      <translation>Enregistrer le chemin parcouru comme chemin attendu de la fiche</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="246" />
      <source>Start the ticket card again from its intake</source>
      <translation>Reprendre la fiche ticket depuis son arrivée</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="49" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="259" />
      <source>Summary</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="253" />
      <source>Template response</source>
      <translation>Réponse type</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="339" />
      <source>Template response copied.</source>
      <translation>Réponse type copiée.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="119" />
      <source>The SLA clock is paused here.</source>
      <translation>Le compteur SLA est suspendu ici.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="162" />
      <source>The blueprint has errors; fix them to start a walkthrough:</source>
      <translation>Le blueprint contient des erreurs ; corrigez-les pour démarrer un parcours guidé :</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="350" />
      <source>The customer sees: {what}</source>
      <translation>Le client voit : {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="443" />
      <source>The path was saved to the ticket card.</source>
      <translation>Le parcours a été enregistré dans la fiche ticket.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="172" />
      <source>The ticket card was deleted.</source>
      <translation>La fiche ticket a été supprimée.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="130" />
      <source>The ticket has reached an end.</source>
      <translation>Le ticket est arrivé à une fin.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="281" />
      <source>The ticket has reached an end. Left goes back.</source>
      <translation>Le ticket est arrivé à une fin. Gauche revient en arrière.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="252" />
      <source>The trainee chooses the branch at each decision</source>
      <translation>L’apprenant choisit la branche à chaque décision</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="257" />
      <source>The walkthrough has ended. Choose a ticket card to start again.</source>
      <translation>Le parcours guidé est terminé. Choisissez une fiche ticket pour recommencer.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="132" />
      <source>There is no such branch.</source>
      <translation>Cette branche n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="129" />
      <source>These values are not allowed: {fields}</source>
      <translation>Ces valeurs ne sont pas autorisées : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="174" />
      <source>This blueprint has no ticket cards: create one to start.</source>
      <translation>Ce blueprint n’a pas de fiche ticket : créez-en une pour commencer.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="128" />
      <source>This branch is not offered: {why}</source>
      <translation>Cette branche n’est pas proposée : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="131" />
      <source>This step has no time limit to escalate on.</source>
      <translation>Cette étape n’a pas de délai maximal déclenchant une escalade.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="198" />
      <source>This ticket card cannot be walked: {why}</source>
      <translation>Impossible de parcourir cette fiche ticket : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="414" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="238" />
      <source>Ticket card:</source>
      <translation>Fiche ticket :</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="378" />
      <source>Time limit of {time} passes: escalate to {target}</source>
      <translation>Délai de {time} dépassé : escalader vers {target}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="441" />
      <source>Time: {wall} since arrival, {elapsed} on the SLA clock</source>
      <translation>Durée : {wall} depuis l’arrivée, {elapsed} à l’horloge du SLA</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="195" />
      <source>Type here…</source>
      <translation>Saisissez ici…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="51" />
      <source>Wait for customer</source>
      <translation>Attente du client</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="98" />
      <source>Walkthrough</source>
      <translation>Parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="366" />
      <source>When this step is done: {what}</source>
      <translation>Quand cette étape est faite : {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="285" />
      <source>Your turn: choose the branch with its number key.</source>
      <translation>À vous : choisissez la branche avec sa touche numérique.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="116" />
      <source>business hours, now {when}</source>
      <translation>heures ouvrées, actuellement {when}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="398" />
      <source>for “{branch}”</source>
      <translation>pour « {branch} »</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="434" />
      <location filename="../../app/training/widgets.py" line="84" />
      <source>met</source>
      <translation>respecté</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="434" />
      <source>missed</source>
      <translation>manqué</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="434" />
      <location filename="../../app/training/widgets.py" line="82" />
      <source>no target</source>
      <translation>sans objectif</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="86" />
      <source>overdue by {time}</source>
      <translation>en retard de {time}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="182" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="67" />
      <source>{d} d</source>
      <translation>{d} j</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="67" />
      <source>{d} d {h} h</source>
      <translation>{d} j {h} h</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="69" />
      <source>{h} h</source>
      <translation>{h} h</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="69" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="70" />
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="87" />
      <source>{time} left of {target}</source>
      <translation>encore {time} sur {target}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="247" />
      <source>◀ Back</source>
      <translation>◀ Retour</translation>
    </message>
  </context>
</TS>
