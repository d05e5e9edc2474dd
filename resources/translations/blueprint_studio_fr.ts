<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../app/actions.py" line="83" />
      <source>&amp;About Blueprint Studio</source>
      <translation>À &amp;propos de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="48" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="44" />
      <source>&amp;Export…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="80" />
      <source>&amp;Getting Started</source>
      <translation>&amp;Prise en main</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="32" />
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="37" />
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="52" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="55" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="59" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="77" />
      <source>&amp;Run Simulation</source>
      <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="39" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="57" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="81" />
      <source>A short guide to drawing, checking and saving a blueprint</source>
      <translation>Un petit guide pour dessiner, vérifier et enregistrer un blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="101" />
      <source>Add a stage column at the right</source>
      <translation>Ajouter une colonne de phase à droite</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="100" />
      <source>Add a swimlane at the bottom</source>
      <translation>Ajouter un couloir en bas</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="50" />
      <source>Clear the List</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="55" />
      <source>Close every blueprint and quit</source>
      <translation>Fermer tous les blueprints et quitter</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="48" />
      <source>Close this blueprint</source>
      <translation>Fermer ce blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="93" />
      <source>Copy the selected nodes</source>
      <translation>Copier les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="94" />
      <source>Cut the selected nodes</source>
      <translation>Couper les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="89" />
      <source>Delete the selection and its links</source>
      <translation>Supprimer la sélection et ses liens</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="104" />
      <source>Draw links as straight lines</source>
      <translation>Tracer les liens en lignes droites</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="91" />
      <source>Duplicate the selected nodes</source>
      <translation>Dupliquer les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="45" />
      <source>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</source>
      <translation>Exporter le blueprint en PDF (avec le rapport de simulation et le support de formation), en dessin SVG ou en image PNG</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="99" />
      <source>Fit the whole drawing in the window</source>
      <translation>Afficher tout le schéma dans la fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="51" />
      <source>Forget the recently opened files</source>
      <translation>Oublier les fichiers ouverts récemment</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="74" />
      <source>Go to Diagnostics</source>
      <translation>Aller aux diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="71" />
      <source>Go to Properties</source>
      <translation>Aller aux propriétés</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="66" />
      <source>Go to the Canvas</source>
      <translation>Aller au canevas</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="68" />
      <source>Go to the Palette</source>
      <translation>Aller à la palette</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="53" />
      <source>Language, theme, grid, autosave and PDF settings</source>
      <translation>Langue, thème, grille, enregistrement automatique et réglages PDF</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="106" />
      <source>Line up the selected nodes</source>
      <translation>Aligner les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="67" />
      <source>Move the keyboard focus to the drawing</source>
      <translation>Placer le focus clavier sur le schéma</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="34" />
      <source>New from &amp;Template…</source>
      <translation>Nouveau à partir d’un &amp;modèle…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="61" />
      <source>Next Blueprint</source>
      <translation>Blueprint suivant</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="37" />
      <source>Open a blueprint file</source>
      <translation>Ouvrir un fichier blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="95" />
      <source>Paste nodes from the clipboard</source>
      <translation>Coller les nœuds du presse-papiers</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="102" />
      <source>Place the nodes automatically along the flow</source>
      <translation>Placer automatiquement les nœuds le long du flux</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="63" />
      <source>Previous Blueprint</source>
      <translation>Blueprint précédent</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="59" />
      <source>Redo the change just undone</source>
      <translation>Rétablir la modification qui vient d’être annulée</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="92" />
      <source>Rename the selected element on the canvas</source>
      <translation>Renommer l’élément sélectionné sur le canevas</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="78" />
      <source>Run the chosen scenario in the background</source>
      <translation>Simuler le scénario choisi en arrière-plan</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="41" />
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="39" />
      <source>Save the blueprint</source>
      <translation>Enregistrer le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="42" />
      <source>Save the blueprint under another name</source>
      <translation>Enregistrer le blueprint sous un autre nom</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="90" />
      <source>Select every node and link</source>
      <translation>Sélectionner tous les nœuds et liens</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="105" />
      <source>Show or hide the background grid</source>
      <translation>Afficher ou masquer la grille de fond</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="75" />
      <source>Show the diagnostics and move the keyboard focus to them</source>
      <translation>Afficher les diagnostics et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="98" />
      <source>Show the drawing at 100 %</source>
      <translation>Afficher le schéma à 100 %</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="62" />
      <source>Show the next open blueprint</source>
      <translation>Afficher le blueprint ouvert suivant</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="69" />
      <source>Show the palette and move the keyboard focus to it</source>
      <translation>Afficher la palette et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="64" />
      <source>Show the previous open blueprint</source>
      <translation>Afficher le blueprint ouvert précédent</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="72" />
      <source>Show the properties and move the keyboard focus to them</source>
      <translation>Afficher les propriétés et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="108" />
      <source>Space the selected nodes evenly</source>
      <translation>Répartir régulièrement les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="32" />
      <source>Start a blank blueprint</source>
      <translation>Commencer un blueprint vierge</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="35" />
      <source>Start from one of the bundled templates</source>
      <translation>Partir d’un des modèles fournis</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="57" />
      <source>Undo the last change</source>
      <translation>Annuler la dernière modification</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="84" />
      <source>Version and credits</source>
      <translation>Version et crédits</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="96" />
      <source>Zoom in on the drawing</source>
      <translation>Agrandir le schéma</translation>
    </message>
    <message>
      <location filename="../../app/actions.py" line="97" />
      <source>Zoom out of the drawing</source>
      <translation>Réduire le schéma</translation>
    </message>
  </context>
  <context>
    <name>Canvas</name>
    <message>
      <location filename="../../canvas/editor.py" line="226" />
      <source>A flow cannot start or end at evidence or a note; use an association.</source>
      <translation>Un flux ne peut ni partir ni arriver sur une preuve physique ou une note ; utilisez une association.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="223" />
      <source>A node cannot be connected to itself.</source>
      <translation>Un nœud ne peut pas être relié à lui-même.</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="23" />
      <source>Actual size</source>
      <translation>Taille réelle</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="130" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="25" />
      <location filename="../../canvas/commands.py" line="245" />
      <source>Add lane</source>
      <translation>Ajouter un couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="208" />
      <source>Add node</source>
      <translation>Ajouter un nœud</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="26" />
      <location filename="../../canvas/commands.py" line="245" />
      <source>Add stage</source>
      <translation>Ajouter une phase</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="286" />
      <source>Align</source>
      <translation>Aligner</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="33" />
      <source>Align bottom</source>
      <translation>Aligner en bas</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="29" />
      <source>Align centres</source>
      <translation>Centrer horizontalement</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="28" />
      <source>Align left</source>
      <translation>Aligner à gauche</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="32" />
      <source>Align middles</source>
      <translation>Centrer verticalement</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="30" />
      <source>Align right</source>
      <translation>Aligner à droite</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="31" />
      <source>Align top</source>
      <translation>Aligner en haut</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="232" />
      <source>An association ties evidence or a note to a step.</source>
      <translation>Une association rattache une preuve physique ou une note à une étape.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="221" />
      <source>An edge joins two nodes.</source>
      <translation>Un lien relie deux nœuds.</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="27" />
      <location filename="../../canvas/editor.py" line="293" />
      <source>Arrange automatically</source>
      <translation>Disposer automatiquement</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="49" />
      <source>Backstage</source>
      <translation>Coulisses</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="137" />
      <source>Change</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="304" />
      <source>Change lane kind</source>
      <translation>Changer le type de couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="215" />
      <source>Click on the canvas to place the node; Escape cancels.</source>
      <translation>Cliquez sur le canevas pour placer le nœud ; Échap annule.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="251" />
      <source>Connect</source>
      <translation>Relier</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="18" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="48" />
      <source>Customer actions</source>
      <translation>Actions du client</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="19" />
      <source>Cut</source>
      <translation>Couper</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="42" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="14" />
      <location filename="../../canvas/commands.py" line="279" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="290" />
      <source>Distribute</source>
      <translation>Répartir</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="34" />
      <source>Distribute horizontally</source>
      <translation>Répartir horizontalement</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="35" />
      <source>Distribute vertically</source>
      <translation>Répartir verticalement</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="16" />
      <location filename="../../canvas/editor.py" line="347" />
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="286" />
      <source>Edit {field}</source>
      <translation>Modifier {field}</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="44" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="44" />
      <source>Evidence</source>
      <translation>Preuve matérielle</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="24" />
      <source>Fit drawing</source>
      <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="48" />
      <source>Frontstage</source>
      <translation>Première ligne</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="41" />
      <source>Intake</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="50" />
      <source>Lane</source>
      <translation>Couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="13" />
      <source>Line of interaction</source>
      <translation>Ligne d’interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="15" />
      <source>Line of internal interaction</source>
      <translation>Ligne d’interaction interne</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="14" />
      <source>Line of visibility</source>
      <translation>Ligne de visibilité</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="161" />
      <source>Move</source>
      <translation>Déplacer</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="45" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="228" />
      <source>Nothing flows into an intake: tickets arrive there.</source>
      <translation>Rien n’entre dans une entrée : c’est là qu’arrivent les tickets.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="230" />
      <source>Nothing leaves an end.</source>
      <translation>Rien ne sort d’une fin.</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="278" />
      <source>Nudge</source>
      <translation>Décaler</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="20" />
      <location filename="../../canvas/editor.py" line="341" />
      <source>Paste</source>
      <translation>Coller</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="50" />
      <source>Physical evidence</source>
      <translation>Preuves matérielles</translation>
    </message>
    <message>
      <location filename="../../canvas/connect.py" line="98" />
      <source>Reattach edge</source>
      <translation>Rebrancher le lien</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="13" />
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="17" />
      <location filename="../../canvas/rename.py" line="101" />
      <source>Rename</source>
      <translation>Renommer</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="228" />
      <source>Reorder lanes</source>
      <translation>Réordonner les couloirs</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="228" />
      <source>Reorder stages</source>
      <translation>Réordonner les phases</translation>
    </message>
    <message>
      <location filename="../../canvas/interactions.py" line="133" />
      <source>Resize</source>
      <translation>Redimensionner</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="210" />
      <source>Resize lane</source>
      <translation>Redimensionner le couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/commands.py" line="210" />
      <source>Resize stage</source>
      <translation>Redimensionner la phase</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="43" />
      <source>Roadmap</source>
      <translation>Feuille de route</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="43" />
      <source>Satisfaction survey</source>
      <translation>Enquête de satisfaction</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="15" />
      <source>Select all</source>
      <translation>Tout sélectionner</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="37" />
      <source>Show grid</source>
      <translation>Afficher la grille</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="317" />
      <source>Stage</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="41" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="36" />
      <source>Straight edges</source>
      <translation>Liens droits</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="49" />
      <source>Support processes</source>
      <translation>Processus de support</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="235" />
      <source>These two nodes are already connected.</source>
      <translation>Ces deux nœuds sont déjà reliés.</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="12" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="42" />
      <source>Wait for customer</source>
      <translation>Attente du client</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="21" />
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <location filename="../../app/canvas_texts.py" line="22" />
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <location filename="../../canvas/items/edge.py" line="38" />
      <source>default</source>
      <translation>par défaut</translation>
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
      <translation>Ajouter une fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/card_commands.py" line="52" />
      <source>Delete ticket card</source>
      <translation>Supprimer la fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/card_commands.py" line="37" />
      <source>Edit ticket card</source>
      <translation>Modifier la fiche ticket</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="62" />
      <location filename="../../app/docks/card_dialog.py" line="71" />
      <source>(not set)</source>
      <translation>(non renseigné)</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="48" />
      <source>Expected path</source>
      <translation>Parcours attendu</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="49" />
      <source>Forget the expected path</source>
      <translation>Oublier le parcours attendu</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="36" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="45" />
      <source>No expected path: the quiz compares with the model's own choices.</source>
      <translation>Pas de parcours attendu : le quiz compare avec les choix du modèle.</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="27" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="35" />
      <source>e.g. Password reset by e-mail, P3</source>
      <translation>p. ex. Réinitialisation du mot de passe par e-mail, P3</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="65" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../app/docks/card_dialog.py" line="65" />
      <source>yes</source>
      <translation>oui</translation>
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
      <translation>A :</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="74" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="75" />
      <source>B − A (95 % interval)</source>
      <translation>B − A (intervalle à 95 %)</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="63" />
      <source>B:</source>
      <translation>B :</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="67" />
      <source>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</source>
      <translation>Les deux simulations utilisent les mêmes nombres aléatoires : B reprend la graine et les réplications de A, donc une différence vient des scénarios et non du hasard. Marqué ✔ : l’intervalle à 95 % exclut zéro.</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="59" />
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="51" />
      <source>Compare scenarios</source>
      <translation>Comparer des scénarios</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="74" />
      <source>KPI</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="75" />
      <source>Real?</source>
      <translation>Réel ?</translation>
    </message>
    <message>
      <location filename="../../app/docks/compare.py" line="77" />
      <source>Show the change in waits on the blueprint</source>
      <translation>Afficher la variation des attentes sur le blueprint</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <location filename="../../app/messages.py" line="74" />
      <source>'{token}' is not expected here</source>
      <translation>« {token} » n’est pas attendu ici</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="43" />
      <source>A flow goes into an intake; intakes only start tickets.</source>
      <translation>Un flux entre dans une entrée ; une entrée ne fait que créer des tickets.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="49" />
      <source>A flow goes straight from the customer to a support process, skipping the front stage.</source>
      <translation>Un flux va directement du client à un processus de support, sans passer par la première ligne.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="45" />
      <source>A ticket flow cannot go to or from physical evidence or a note; use an association.</source>
      <translation>Un flux de tickets ne peut ni partir ni arriver sur une preuve matérielle ou une note ; utilisez une association.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="46" />
      <source>An association links two process nodes; use a flow, or tie evidence or a note instead.</source>
      <translation>Une association relie deux nœuds du processus ; utilisez un flux, ou rattachez plutôt une preuve matérielle ou une note.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="44" />
      <source>An end has outgoing flows; they are never taken.</source>
      <translation>Une fin a des flux sortants ; ils ne seront jamais empruntés.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="32" />
      <source>Conditions and probabilities are mixed on the branches of this node; conditions are tried first.</source>
      <translation>Les branches de ce nœud mélangent conditions et probabilités ; les conditions sont évaluées en premier.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="27" />
      <source>Dead end: tickets that get here have no way out.</source>
      <translation>Impasse : les tickets qui arrivent ici n’ont aucune issue.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="28" />
      <source>Loop with no way out: tickets that enter it can never reach an end.</source>
      <translation>Boucle sans issue : les tickets qui y entrent n’atteignent jamais une fin.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="29" />
      <source>No default branch, and a ticket with {example} matches none of the conditions.</source>
      <translation>Aucune branche par défaut, et un ticket avec {example} ne remplit aucune des conditions.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="30" />
      <source>No default branch: whether every ticket finds a way out depends on the field '{field}'; add a default branch to be sure.</source>
      <translation>Aucune branche par défaut : que chaque ticket trouve une issue dépend du champ « {field} » ; ajoutez une branche par défaut pour en être sûr.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="26" />
      <source>No ticket can reach this node from an intake.</source>
      <translation>Aucun ticket ne peut atteindre ce nœud depuis une entrée.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="33" />
      <source>Several branches have no condition; only the first one will ever be taken.</source>
      <translation>Plusieurs branches n’ont pas de condition ; seule la première sera empruntée.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="23" />
      <source>The agent pool '{pool}' does not exist.</source>
      <translation>L’équipe d’agents « {pool} » n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="31" />
      <source>The branch probabilities add up to {total}, not 1.</source>
      <translation>La somme des probabilités des branches vaut {total}, et non 1.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="52" />
      <source>The expected path of this ticket card does not follow the flows from an intake.</source>
      <translation>Le parcours attendu de cette fiche ticket ne suit pas les flux depuis une entrée.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="20" />
      <source>The flow has no end: tickets can never be closed.</source>
      <translation>Le flux n’a pas de fin : les tickets ne peuvent jamais être clôturés.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="19" />
      <source>The flow has no intake: tickets cannot arrive anywhere.</source>
      <translation>Le flux n’a pas d’entrée : les tickets ne peuvent arriver nulle part.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="48" />
      <source>The lane order breaks the lines of interaction, visibility and internal interaction: a {above} lane sits above a {below} lane.</source>
      <translation>L’ordre des couloirs rompt les lignes d’interaction, de visibilité et d’interaction interne : un couloir {above} se trouve au-dessus d’un couloir {below}.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="39" />
      <source>The pool '{pool}' has no agents at any time, but tickets reach a step it serves.</source>
      <translation>L’équipe « {pool} » n’a aucun agent disponible, alors que des tickets atteignent une étape qu’elle traite.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="41" />
      <source>The target '{target}' cannot take escalated tickets ({reason}).</source>
      <translation>La cible « {target} » ne peut pas recevoir de tickets escaladés ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="24" />
      <source>The ticket field '{field}' does not exist.</source>
      <translation>Le champ de ticket « {field} » n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="25" />
      <source>The value {value!r} is not allowed for the field '{field}'.</source>
      <translation>La valeur {value!r} n’est pas autorisée pour le champ « {field} ».</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="34" />
      <source>The {slot} '{text}' cannot be read at column {column}: {detail}.</source>
      <translation>La {slot} « {text} » est illisible à la colonne {column} : {detail}.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="37" />
      <source>The {slot} '{text}' compares values of different kinds or is not a yes/no test (column {column}).</source>
      <translation>La {slot} « {text} » compare des valeurs de types différents ou n’est pas un test oui/non (colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="35" />
      <source>The {slot} '{text}' uses an unknown field '{field}' (column {column}).</source>
      <translation>La {slot} « {text} » utilise un champ inconnu « {field} » (colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="36" />
      <source>The {slot} '{text}' uses the value {value!r}, which the field '{field}' does not allow (column {column}).</source>
      <translation>La {slot} « {text} » utilise la valeur {value!r}, que le champ « {field} » n’autorise pas (colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="50" />
      <source>This SLA counts business hours, but its calendar pool has no shifts; it will count every hour.</source>
      <translation>Ce SLA compte les heures ouvrées, mais l’équipe qui sert de calendrier n’a pas d’horaires ; toutes les heures seront comptées.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="47" />
      <source>This association links two annotations; tie evidence or notes to a process node.</source>
      <translation>Cette association relie deux annotations ; rattachez les preuves matérielles et les notes à un nœud du processus.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="51" />
      <source>This intake has an arrival rate of zero: no ticket will arrive here.</source>
      <translation>Cette entrée a un taux d’arrivée nul : aucun ticket n’arrivera ici.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="21" />
      <source>This link points to a node '{node}' that does not exist.</source>
      <translation>Ce lien pointe vers un nœud « {node} » qui n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="22" />
      <source>This node sits in a lane '{lane}' that does not exist.</source>
      <translation>Ce nœud se trouve dans un couloir « {lane} » qui n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="40" />
      <source>This step has a time limit but no escalation target.</source>
      <translation>Cette étape a un délai maximal mais aucune cible d’escalade.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="38" />
      <source>This step has no agent pool: give it one, or put it in a lane that has one.</source>
      <translation>Cette étape n’a pas d’équipe d’agents : attribuez-lui une équipe, ou placez-la dans un couloir qui en a une.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="42" />
      <source>This wait has a timeout but no node to go to when it runs out.</source>
      <translation>Cette attente a un délai d’expiration mais aucun nœud vers lequel aller quand il est écoulé.</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="72" />
      <source>a quote is not closed</source>
      <translation>un guillemet n’est pas fermé</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="76" />
      <source>comparisons cannot be chained; join them with 'and'</source>
      <translation>les comparaisons ne peuvent pas être enchaînées ; reliez-les avec « and »</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="62" />
      <source>condition</source>
      <translation>condition</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="80" />
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="75" />
      <source>expected {expected}</source>
      <translation>{expected} attendu</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="63" />
      <source>guard</source>
      <translation>garde</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="56" />
      <source>it does not exist</source>
      <translation>elle n’existe pas</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="68" />
      <source>it is empty</source>
      <translation>elle est vide</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="70" />
      <source>it is nested too deeply</source>
      <translation>elle est trop imbriquée</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="57" />
      <source>it is not a process node</source>
      <translation>ce n’est pas un nœud du processus</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="69" />
      <source>it is too long</source>
      <translation>elle est trop longue</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="58" />
      <source>no end can be reached from it</source>
      <translation>aucune fin n’est accessible depuis elle</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="64" />
      <source>rule</source>
      <translation>règle</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="71" />
      <source>this character is not allowed</source>
      <translation>ce caractère n’est pas autorisé</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="73" />
      <source>this value is too long</source>
      <translation>cette valeur est trop longue</translation>
    </message>
    <message>
      <location filename="../../app/messages.py" line="81" />
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
  </context>
  <context>
    <name>DiagnosticsPanel</name>
    <message>
      <location filename="../../canvas/diagnostics.py" line="106" />
      <source>No problems found.</source>
      <translation>Aucun problème détecté.</translation>
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
      <translation>Sans titre {n}</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../app/documents.py" line="110" />
      <source>Cannot Open the File</source>
      <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="141" />
      <source>Cannot Save</source>
      <translation>Enregistrement impossible</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="50" />
      <source>Problem found{where}: {reason}. The file itself is unchanged.</source>
      <translation>Problème relevé{where} : {reason}. Le fichier lui-même n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="180" />
      <source>Reloaded “{name}” from disk.</source>
      <translation>« {name} » a été rechargé depuis le disque.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="155" />
      <source>Save Failed</source>
      <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="165" />
      <source>Saved “{name}”.</source>
      <translation>« {name} » enregistré.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="44" />
      <source>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</source>
      <translation>Cette version ne peut pas l’ouvrir sans perdre d’informations, il n’a donc pas été ouvert. Mettez Blueprint Studio à jour pour l’ouvrir. Le fichier lui-même n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="47" />
      <source>“{name}” cannot be found.</source>
      <translation>« {name} » est introuvable.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="49" />
      <source>“{name}” cannot be opened: it is damaged or is not a blueprint.</source>
      <translation>Impossible d’ouvrir « {name} » : le fichier est endommagé ou n’est pas un blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="43" />
      <source>“{name}” was made with a newer version of Blueprint Studio.</source>
      <translation>« {name} » a été créé avec une version plus récente de Blueprint Studio.</translation>
    </message>
    <message>
      <location filename="../../app/documents.py" line="153" />
      <source>“{name}” was not saved. Your changes are still open here.</source>
      <translation>« {name} » n’a pas été enregistré. Vos modifications sont toujours ouvertes ici.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/export_dialog.py" line="60" />
      <source>Add the simulation report</source>
      <translation>Ajouter le rapport de simulation</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="65" />
      <source>Add the training handout</source>
      <translation>Ajouter le support de formation</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="50" />
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="229" />
      <source>Cancelling…</source>
      <translation>Annulation en cours…</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="31" />
      <location filename="../../app/export_dialog.py" line="168" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="224" />
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="216" />
      <source>Exported to {path}</source>
      <translation>Exporté dans {path}</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="53" />
      <source>Fit on one page</source>
      <translation>Ajuster sur une page</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="77" />
      <source>Format:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="51" />
      <source>Landscape</source>
      <translation>Paysage</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="68" />
      <source>Language of the document</source>
      <translation>Langue du document</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="87" />
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="79" />
      <source>Orientation:</source>
      <translation>Orientation :</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="42" />
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="164" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="44" />
      <source>PNG image</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="165" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="78" />
      <source>Paper:</source>
      <translation>Papier :</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="50" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="54" />
      <source>Poster over several pages</source>
      <translation>Affiche sur plusieurs pages</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="88" />
      <source>Resolution:</source>
      <translation>Résolution :</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="43" />
      <source>SVG drawing</source>
      <translation>Dessin SVG</translation>
    </message>
    <message>
      <location filename="../../app/export_dialog.py" line="164" />
      <source>SVG drawings (*.svg)</source>
      <translation>Dessins SVG (*.svg)</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/help.py" line="58" />
      <source>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Dessinez les service blueprints et les flux de tickets de votre support, vérifiez-les, simulez-les, formez vos équipes et publiez-les.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="65" />
      <source>About Blueprint Studio</source>
      <translation>À propos de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="32" />
      <source>Arrow keys nudge the selection (Shift: one grid step); Tab goes to the next node along the flow; F2 renames; Ctrl+1, Ctrl+2 and Ctrl+3 go to the Palette, Properties and Diagnostics; F6 comes back to the canvas.</source>
      <translation>Les flèches décalent la sélection (Maj : d’un pas de grille) ; Tab passe au nœud suivant le long du flux ; F2 renomme ; Ctrl+1, Ctrl+2 et Ctrl+3 mènent à la palette, aux propriétés et aux diagnostics ; F6 ramène au canevas.</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="26" />
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="26" />
      <source>Diagnostics lists every problem (an unreachable step, a dead end, a decision without a default branch). Click one to jump to the element at fault; the canvas marks it with a badge.</source>
      <translation>Le panneau Diagnostics liste chaque problème (étape inaccessible, impasse, décision sans branche par défaut). Cliquez sur l’un d’eux pour aller à l’élément en cause ; le canevas le signale par une pastille.</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="19" />
      <source>Draw</source>
      <translation>Dessiner</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="29" />
      <source>File ▸ Save writes the file safely (the previous version is kept as .bak). Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</source>
      <translation>Fichier ▸ Enregistrer écrit le fichier en toute sécurité (la version précédente est conservée en .bak). Le travail non enregistré est mis de côté chaque minute : après un plantage, Blueprint Studio vous le propose au démarrage suivant.</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="44" />
      <source>Getting Started</source>
      <translation>Prise en main</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="48" />
      <source>Getting started guide</source>
      <translation>Guide de prise en main</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="23" />
      <source>Insert ▸ Add lane creates a swimlane. Customer, frontstage, backstage and support lanes in that order give the line of interaction, the line of visibility and the line of internal interaction.</source>
      <translation>Insertion ▸ Ajouter un couloir crée un couloir. Les couloirs client, première ligne, coulisses et support, dans cet ordre, donnent la ligne d’interaction, la ligne de visibilité et la ligne d’interaction interne.</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="32" />
      <source>Keyboard</source>
      <translation>Clavier</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="23" />
      <source>Lanes and lines</source>
      <translation>Couloirs et lignes</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="29" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/help.py" line="19" />
      <source>Start from a template (File ▸ New from Template) or a blank blueprint. Drag a node from the Palette onto the canvas, or click it and then click on the canvas. Drag from the small circle on a node's edge to another node to connect them. Double-click anything to rename it; edit the details in Properties.</source>
      <translation>Partez d’un modèle (Fichier ▸ Nouveau à partir d’un modèle) ou d’un blueprint vierge. Faites glisser un nœud de la palette sur le canevas, ou cliquez dessus puis cliquez sur le canevas. Tirez depuis le petit cercle au bord d’un nœud jusqu’à un autre nœud pour les relier. Double-cliquez sur un élément pour le renommer ; modifiez le détail dans Propriétés.</translation>
    </message>
  </context>
  <context>
    <name>Kpi</name>
    <message>
      <location filename="../../model/kpis.py" line="25" />
      <source>Escalation rate</source>
      <translation>Taux d’escalade</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="30" />
      <source>Feature requests sent to the roadmap</source>
      <translation>Demandes d’évolution transmises à la feuille de route</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="23" />
      <source>First response time, mean</source>
      <translation>Délai de première réponse, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="24" />
      <source>First-contact resolution</source>
      <translation>Résolution au premier contact</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="26" />
      <source>First-response SLA breaches</source>
      <translation>Dépassements du SLA de première réponse</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="28" />
      <source>Re-opened tickets</source>
      <translation>Tickets réouverts</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="27" />
      <source>Resolution SLA breaches</source>
      <translation>Dépassements du SLA de résolution</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="20" />
      <source>Resolution time, 90th percentile</source>
      <translation>Délai de résolution, 90e centile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="21" />
      <source>Resolution time, 95th percentile</source>
      <translation>Délai de résolution, 95e centile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="22" />
      <source>Resolution time, longest</source>
      <translation>Délai de résolution, maximum</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="18" />
      <source>Resolution time, mean</source>
      <translation>Délai de résolution, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="19" />
      <source>Resolution time, median</source>
      <translation>Délai de résolution, médiane</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="29" />
      <source>Satisfied survey answers</source>
      <translation>Réponses satisfaites à l’enquête</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="33" />
      <source>Staff cost</source>
      <translation>Coût du personnel</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="16" />
      <source>Tickets abandoned</source>
      <translation>Tickets abandonnés</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="14" />
      <source>Tickets arrived</source>
      <translation>Tickets arrivés</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="15" />
      <source>Tickets resolved</source>
      <translation>Tickets résolus</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="17" />
      <source>Tickets still open at the end</source>
      <translation>Tickets encore ouverts à la fin</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="34" />
      <source>Tickets with no way out</source>
      <translation>Tickets sans issue</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="31" />
      <source>Time above the line of visibility, per ticket</source>
      <translation>Temps au-dessus de la ligne de visibilité, par ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="32" />
      <source>Time backstage, per ticket</source>
      <translation>Temps en coulisses, par ticket</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <location filename="../../app/docks/results.py" line="62" />
      <source>95 % CI {low} – {high}</source>
      <translation>IC 95 % {low} – {high}</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="65" />
      <source>one run: no interval</source>
      <translation>une seule simulation : pas d’intervalle</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/menus.py" line="35" />
      <source>&amp;Arrange</source>
      <translation>&amp;Disposition</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="28" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="27" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="33" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="30" />
      <source>&amp;Insert</source>
      <translation>&amp;Insertion</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="36" />
      <source>&amp;Panels</source>
      <translation>&amp;Panneaux</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="31" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="32" />
      <source>&amp;Training</source>
      <translation>F&amp;ormation</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="29" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="57" />
      <source>Autosave failed: {reason}</source>
      <translation>Échec de l’enregistrement automatique : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="219" />
      <source>Click on the canvas to place a new “{kind}” node</source>
      <translation>Cliquez sur le canevas pour placer un nouveau nœud « {kind} »</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="150" />
      <source>Diagnostics</source>
      <translation>Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="271" />
      <source>No problems</source>
      <translation>Aucun problème</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="246" />
      <source>Not saved yet</source>
      <translation>Pas encore enregistré</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="259" />
      <source>Nothing selected</source>
      <translation>Aucune sélection</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="34" />
      <source>Open &amp;Recent</source>
      <translation>Fichiers &amp;récents</translation>
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
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="223" />
      <source>Show or hide the toolbar</source>
      <translation>Afficher ou masquer la barre d’outils</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="222" />
      <source>Show or hide the {panel} panel</source>
      <translation>Afficher ou masquer le panneau {panel}</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="119" />
      <source>Show or hide {panel}</source>
      <translation>Afficher ou masquer : {panel}</translation>
    </message>
    <message>
      <location filename="../../app/menus.py" line="206" />
      <location filename="../../app/menus.py" line="223" />
      <source>Toolbar</source>
      <translation>Barre d’outils</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="263" />
      <source>Zoom {percent} %</source>
      <translation>Zoom {percent} %</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="273" />
      <source>{errors} error(s), {warnings} warning(s)</source>
      <translation>{errors} erreur(s), {warnings} avertissement(s)</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="250" />
      <source>{name}[*] — Blueprint Studio</source>
      <translation>{name}[*] — Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/main_window.py" line="259" />
      <source>{n} selected</source>
      <translation>{n} sélectionné(s)</translation>
    </message>
  </context>
  <context>
    <name>MinimapWidget</name>
    <message>
      <location filename="../../canvas/minimap.py" line="27" />
      <source>Overview: drag the rectangle to move around the drawing</source>
      <translation>Vue d’ensemble : faites glisser le rectangle pour vous déplacer dans le schéma</translation>
    </message>
  </context>
  <context>
    <name>PaletteWidget</name>
    <message>
      <location filename="../../canvas/palette.py" line="49" />
      <source>Drag onto the canvas, or click then click on the canvas</source>
      <translation>Faites glisser sur le canevas, ou cliquez puis cliquez sur le canevas</translation>
    </message>
  </context>
  <context>
    <name>PdfExportWorker</name>
    <message>
      <location filename="../../app/workers.py" line="283" />
      <source>Simulating the scenario…</source>
      <translation>Simulation du scénario…</translation>
    </message>
    <message>
      <location filename="../../app/workers.py" line="310" />
      <source>The blueprint has {n} validation error(s): the report cannot be simulated.</source>
      <translation>Le blueprint contient {n} erreur(s) de validation : le rapport ne peut pas être simulé.</translation>
    </message>
    <message>
      <location filename="../../app/workers.py" line="308" />
      <source>The export was cancelled.</source>
      <translation>L’export a été annulé.</translation>
    </message>
    <message>
      <location filename="../../app/workers.py" line="313" />
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/workers.py" line="291" />
      <source>Writing the PDF…</source>
      <translation>Écriture du PDF…</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../app/preferences.py" line="41" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="36" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="45" />
      <source>&amp;Autosave every:</source>
      <translation>Enregistrement &amp;automatique toutes les :</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="44" />
      <source>&amp;Grid size:</source>
      <translation>Taille de la &amp;grille :</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="43" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="43" />
      <source>&amp;Theme:</source>
      <translation>&amp;Thème :</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="17" />
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="14" />
      <source>English</source>
      <translation>Anglais (English)</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="15" />
      <source>Follow the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="13" />
      <source>French (Français)</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="16" />
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="45" />
      <source>PDF &amp;page size:</source>
      <translation>Format de &amp;page PDF :</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="28" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="37" />
      <source>Snap nodes to the grid</source>
      <translation>Aimanter les nœuds à la grille</translation>
    </message>
    <message>
      <location filename="../../app/preferences.py" line="12" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <location filename="../../app/prompts.py" line="38" />
      <source>&amp;Don't Save</source>
      <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="49" />
      <source>&amp;Overwrite</source>
      <translation>É&amp;craser</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="48" />
      <source>&amp;Reload</source>
      <translation>&amp;Recharger</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="37" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="62" />
      <source>Blueprints (*{suffix});;All files (*)</source>
      <translation>Blueprints (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="39" />
      <location filename="../../app/prompts.py" line="51" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="44" />
      <source>File Changed on Disk</source>
      <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="36" />
      <source>If you don't save, your changes since the last save are lost.</source>
      <translation>Si vous n’enregistrez pas, les modifications faites depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="66" />
      <source>Open Blueprint</source>
      <translation>Ouvrir un blueprint</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="46" />
      <source>Reload it and lose your changes, overwrite their version with yours, or save yours under another name?</source>
      <translation>Le recharger et perdre vos modifications, écraser leur version avec la vôtre, ou enregistrer la vôtre sous un autre nom ?</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="50" />
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="71" />
      <source>Save Blueprint As</source>
      <translation>Enregistrer le blueprint sous</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="35" />
      <source>Save the changes to “{name}” before closing?</source>
      <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="34" />
      <source>Unsaved Changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../app/prompts.py" line="45" />
      <source>“{name}” was changed by someone else since you opened it.</source>
      <translation>« {name} » a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.</translation>
    </message>
  </context>
  <context>
    <name>Properties</name>
    <message>
      <location filename="../../canvas/labels.py" line="67" />
      <source>Abandoned</source>
      <translation>Abandonné</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="178" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_rules.py" line="90" />
      <source>Add a duration rule</source>
      <translation>Ajouter une règle de durée</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="116" />
      <source>Add action</source>
      <translation>Ajouter une action</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="89" />
      <source>Add field value</source>
      <translation>Ajouter une valeur de champ</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="241" />
      <source>Add shift</source>
      <translation>Ajouter un créneau</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="42" />
      <source>After the timeout, go to</source>
      <translation>À l’expiration du délai, aller à</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="56" />
      <source>After: automated actions</source>
      <translation>Après : actions automatiques</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="22" />
      <source>Arrival rate (per hour)</source>
      <translation>Taux d’arrivée (par heure)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="37" />
      <source>Automated actions</source>
      <translation>Actions automatiques</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="45" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="54" />
      <source>Before: offered only when</source>
      <translation>Avant : proposé seulement si</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="41" />
      <source>By priority</source>
      <translation>Par priorité</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="21" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="62" />
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="66" />
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="44" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="31" />
      <source>Counts as first response</source>
      <translation>Compte comme première réponse</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="26" />
      <source>Customer patience (minutes)</source>
      <translation>Patience du client (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="39" />
      <source>Customer response time (minutes)</source>
      <translation>Délai de réponse du client (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="53" />
      <source>Default branch</source>
      <translation>Branche par défaut</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="47" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="27" />
      <source>Duration (minutes)</source>
      <translation>Durée (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="28" />
      <source>Duration rules</source>
      <translation>Règles de durée</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="55" />
      <source>During: fields to fill</source>
      <translation>Pendant : champs à remplir</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="60" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="42" />
      <source>Earliest SLA deadline</source>
      <translation>Échéance SLA la plus proche</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="22" />
      <source>Empirical (samples)</source>
      <translation>Empirique (échantillons)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="30" />
      <source>Escalate to</source>
      <translation>Escalader vers</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="17" />
      <source>Exponential</source>
      <translation>Exponentielle</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="25" />
      <source>Field values set at arrival</source>
      <translation>Valeurs des champs à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="40" />
      <source>First in, first out</source>
      <translation>Premier arrivé, premier servi</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="18" />
      <source>Fixed</source>
      <translation>Fixe</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="35" />
      <source>Fri</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="49" />
      <source>From node</source>
      <translation>Nœud de départ</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="35" />
      <source>Guidance for agents</source>
      <translation>Consignes pour les agents</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="17" />
      <source>Height</source>
      <translation>Hauteur</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="51" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="20" />
      <source>Lane</source>
      <translation>Couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="16" />
      <source>Lane kind</source>
      <translation>Type de couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="39" />
      <source>Least loaded agent</source>
      <translation>Agent le moins chargé</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="21" />
      <source>Log-normal</source>
      <translation>Log-normale</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="36" />
      <source>Mandatory fields</source>
      <translation>Champs obligatoires</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="29" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="25" />
      <source>Mean</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="27" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="33" />
      <source>Mon</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="28" />
      <source>Most likely</source>
      <translation>Valeur la plus probable</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="38" />
      <source>Next free agent</source>
      <translation>Premier agent libre</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="19" />
      <source>Notify</source>
      <translation>Notifier</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="64" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="46" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="32" />
      <source>Pauses the SLA clocks</source>
      <translation>Suspend les compteurs SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="61" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="58" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="19" />
      <source>Pool of agents</source>
      <translation>Équipe d’agents</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="63" />
      <source>Portal</source>
      <translation>Portail</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="52" />
      <source>Probability</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="43" />
      <source>Probability of satisfaction</source>
      <translation>Probabilité de satisfaction</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="40" />
      <source>Probability the customer replies</source>
      <translation>Probabilité que le client réponde</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="38" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_rules.py" line="29" />
      <source>Rates by weekday and hour</source>
      <translation>Débit par jour et par heure</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="20" />
      <source>Re-assign to a pool</source>
      <translation>Réaffecter à une équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="68" />
      <source>Rejected</source>
      <translation>Rejeté</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="65" />
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="31" />
      <source>Samples, separated by commas</source>
      <translation>Échantillons, séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="35" />
      <source>Sat</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="18" />
      <source>Send a template response</source>
      <translation>Envoyer une réponse type</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_fields.py" line="17" />
      <source>Set a field</source>
      <translation>Renseigner un champ</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="30" />
      <source>Standard deviation</source>
      <translation>Écart type</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="36" />
      <source>Sun</source>
      <translation>dim.</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="33" />
      <source>Support level</source>
      <translation>Niveau de support</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="34" />
      <source>Template response</source>
      <translation>Réponse type</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="48" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="34" />
      <source>Thu</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_rules.py" line="36" />
      <source>Tickets per hour arriving in each hour of the week</source>
      <translation>Tickets reçus par heure, pour chaque heure de la semaine</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="24" />
      <source>Time between arrivals (minutes)</source>
      <translation>Temps entre deux arrivées (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="29" />
      <source>Time limit (minutes)</source>
      <translation>Délai maximal (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="41" />
      <source>Timeout (minutes)</source>
      <translation>Délai d’expiration (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="15" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="50" />
      <source>To node</source>
      <translation>Nœud d’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="20" />
      <source>Triangular</source>
      <translation>Triangulaire</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="33" />
      <source>Tue</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="19" />
      <source>Uniform</source>
      <translation>Uniforme</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="26" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms.py" line="34" />
      <source>Wed</source>
      <translation>mer.</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="23" />
      <source>Weekly arrival rates</source>
      <translation>Taux d’arrivée hebdomadaires</translation>
    </message>
    <message>
      <location filename="../../canvas/subforms_rules.py" line="110" />
      <source>When this condition holds, the step takes the duration below</source>
      <translation>Quand cette condition est remplie, l’étape prend la durée ci-dessous</translation>
    </message>
    <message>
      <location filename="../../canvas/labels.py" line="18" />
      <source>Width</source>
      <translation>Largeur</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="316" />
      <source>{where}: {message}</source>
      <translation>{where} : {message}</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../canvas/properties.py" line="208" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="308" />
      <source>Column {column}: {message}</source>
      <translation>Colonne {column} : {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="274" />
      <source>Not a valid value.</source>
      <translation>Valeur non valide.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="80" />
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../canvas/properties.py" line="116" />
      <source>Select one element to see its properties.</source>
      <translation>Sélectionnez un élément pour voir ses propriétés.</translation>
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
      <translation>Blueprint Studio ne s’est pas fermé correctement la dernière fois. Ces documents contenaient des modifications non enregistrées. Choisissez quoi faire de chacun.</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="122" />
      <source>Could not restore “{title}”: {reason}</source>
      <translation>Impossible de restaurer « {title} » : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="89" />
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="76" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="76" />
      <source>Last autosave</source>
      <translation>Dernier enregistrement automatique</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="66" />
      <source>Recover Unsaved Work</source>
      <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="75" />
      <source>Recovered documents</source>
      <translation>Documents récupérés</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="88" />
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="90" />
      <source>Restore or discard {title}</source>
      <translation>Restaurer ou abandonner {title}</translation>
    </message>
    <message>
      <location filename="../../app/recovery.py" line="81" />
      <source>never saved</source>
      <translation>jamais enregistré</translation>
    </message>
  </context>
  <context>
    <name>Replay</name>
    <message>
      <location filename="../../app/docks/replay.py" line="25" />
      <source>Day {day} · {weekday} {hh:02d}:{mm:02d}</source>
      <translation>Jour {day} · {weekday} {hh:02d}:{mm:02d}</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="16" />
      <source>Fri</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="14" />
      <source>Mon</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="16" />
      <source>Sat</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="17" />
      <source>Sun</source>
      <translation>dim.</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="15" />
      <source>Thu</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="14" />
      <source>Tue</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="15" />
      <source>Wed</source>
      <translation>mer.</translation>
    </message>
  </context>
  <context>
    <name>ReplayDock</name>
    <message>
      <location filename="../../app/docks/replay.py" line="76" />
      <source>1 day / s</source>
      <translation>1 jour / s</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="49" />
      <source>Close replay</source>
      <translation>Fermer la relecture</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="53" />
      <source>Colour by:</source>
      <translation>Couleur selon :</translation>
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
      <translation>Lecture</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="51" />
      <source>Speed:</source>
      <translation>Vitesse :</translation>
    </message>
    <message>
      <location filename="../../app/docks/replay.py" line="33" />
      <source>Watch tickets</source>
      <translation>Voir les tickets circuler</translation>
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
      <translation>% des tickets</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="141" />
      <location filename="../../app/docks/results_charts.py" line="154" />
      <source>90 %</source>
      <translation>90 %</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="154" />
      <source>95 %</source>
      <translation>95 %</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="214" />
      <source>No step passed its time limit in these runs.</source>
      <translation>Aucune étape n’a dépassé son délai dans ces exécutions.</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="21" />
      <source>Open tickets over time</source>
      <translation>Tickets ouverts au fil du temps</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="20" />
      <source>Resolution time against the SLA target</source>
      <translation>Délai de résolution par rapport à l’objectif de SLA</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="24" />
      <source>SLA breaches per step</source>
      <translation>Dépassements de SLA par étape</translation>
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
      <translation>Temps passé dans chaque étape, par ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="22" />
      <source>Utilisation per pool</source>
      <translation>Taux d’occupation par équipe</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="177" />
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="163" />
      <source>hours</source>
      <translation>heures</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="155" />
      <source>longest</source>
      <translation>maximum</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="141" />
      <location filename="../../app/docks/results_charts.py" line="153" />
      <source>mean</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="153" />
      <source>median</source>
      <translation>médiane</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="205" />
      <source>minutes per ticket</source>
      <translation>minutes par ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="178" />
      <source>open tickets</source>
      <translation>tickets ouverts</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="148" />
      <source>resolution time (log scale)</source>
      <translation>délai de résolution (échelle logarithmique)</translation>
    </message>
    <message>
      <location filename="../../app/docks/results_charts.py" line="215" />
      <source>time-limit breaches per run</source>
      <translation>dépassements de délai par exécution</translation>
    </message>
  </context>
  <context>
    <name>ResultsDock</name>
    <message>
      <location filename="../../app/docks/results.py" line="108" />
      <source>95 % CI high</source>
      <translation>IC 95 % haut</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="107" />
      <source>95 % CI low</source>
      <translation>IC 95 % bas</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="109" />
      <source>All KPIs</source>
      <translation>Tous les indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="123" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="125" />
      <source>Breaches</source>
      <translation>Dépassements</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="132" />
      <source>Chart</source>
      <translation>Graphique</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="135" />
      <source>Copy KPI table</source>
      <translation>Copier le tableau des indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="132" />
      <source>Copy chart</source>
      <translation>Copier le graphique</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="171" />
      <source>Default settings</source>
      <translation>Réglages par défaut</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="138" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="139" />
      <source>Export event log…</source>
      <translation>Exporter le journal des événements…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="138" />
      <source>Export results…</source>
      <translation>Exporter les résultats…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="140" />
      <source>Export simulation report (PDF)…</source>
      <translation>Exporter le rapport de simulation (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="107" />
      <source>KPI</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="135" />
      <source>KPI table</source>
      <translation>Tableau des indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="107" />
      <source>Mean</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="79" />
      <source>No results yet: run a scenario (Ctrl+R).</source>
      <translation>Pas encore de résultats : lancez un scénario (Ctrl+R).</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="123" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="81" />
      <source>Results out of date: the drawing changed since this run.</source>
      <translation>Résultats périmés : le schéma a changé depuis cette simulation.</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="108" />
      <source>Runs</source>
      <translation>Simulations</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="246" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="136" />
      <source>Save KPI table as CSV…</source>
      <translation>Enregistrer le tableau des indicateurs en CSV…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="133" />
      <source>Save chart as PNG…</source>
      <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="190" />
      <source>Simulated mean resolution: {simulated}.</source>
      <translation>Résolution moyenne simulée : {simulated}.</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="74" />
      <source>Simulation results</source>
      <translation>Résultats de simulation</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="124" />
      <source>Time in steps</source>
      <translation>Temps par étape</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="124" />
      <source>Utilisation</source>
      <translation>Taux d’occupation</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="200" />
      <source>Utilisation: {pool}</source>
      <translation>Taux d’occupation : {pool}</translation>
    </message>
    <message>
      <location filename="../../app/docks/results.py" line="169" />
      <source>{scenario}: {runs} replication(s), {seconds:.1f} s, document revision {revision}</source>
      <translation>{scenario} : {runs} réplication(s), {seconds:.1f} s, révision du document {revision}</translation>
    </message>
  </context>
  <context>
    <name>ScenarioForm</name>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="74" />
      <location filename="../../app/docks/scenario_form.py" line="77" />
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="84" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="97" />
      <source>Agents per pool (shifts: weekdays 1-7, hours, agents)</source>
      <translation>Agents par équipe (horaires : jours 1-7, heures, agents)</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="93" />
      <source>Arrival multiplier</source>
      <translation>Multiplicateur d’arrivées</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="73" />
      <source>Days of simulated time</source>
      <translation>Jours de temps simulé</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="88" />
      <source>First response (h)</source>
      <translation>Première réponse (h)</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="91" />
      <source>Horizon</source>
      <translation>Horizon</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="90" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="73" />
      <source>Number of tickets</source>
      <translation>Nombre de tickets</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="86" />
      <source>Override the SLA targets</source>
      <translation>Remplacer les objectifs de SLA</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="84" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="92" />
      <source>Replications</source>
      <translation>Réplications</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="89" />
      <source>Resolution (h)</source>
      <translation>Résolution (h)</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="90" />
      <source>Run length</source>
      <translation>Durée de la simulation</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="88" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="93" />
      <source>Seed</source>
      <translation>Graine</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="84" />
      <source>Shifts</source>
      <translation>Horaires</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="91" />
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="92" />
      <source>Warm-up</source>
      <translation>Mise en régime</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenario_form.py" line="15" />
      <source>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</source>
      <translation>Jours (1 = lundi), heures, agents ; p. ex. 1-5 8-17 4; 6 9-13 2</translation>
    </message>
  </context>
  <context>
    <name>Scenarios</name>
    <message>
      <location filename="../../app/scenario_commands.py" line="36" />
      <source>Change scenario</source>
      <translation>Modifier le scénario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="50" />
      <source>Delete scenario</source>
      <translation>Supprimer le scénario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="46" />
      <source>Duplicate scenario</source>
      <translation>Dupliquer le scénario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="20" />
      <location filename="../../app/scenario_commands.py" line="21" />
      <source>New scenario</source>
      <translation>Nouveau scénario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="25" />
      <source>Rename scenario</source>
      <translation>Renommer le scénario</translation>
    </message>
    <message>
      <location filename="../../app/scenario_commands.py" line="45" />
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
  </context>
  <context>
    <name>ScenariosDock</name>
    <message>
      <location filename="../../app/docks/scenarios.py" line="38" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="36" />
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="155" />
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="35" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="155" />
      <source>Rename scenario</source>
      <translation>Renommer le scénario</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="37" />
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <location filename="../../app/docks/scenarios.py" line="23" />
      <source>Scenarios</source>
      <translation>Scénarios</translation>
    </message>
  </context>
  <context>
    <name>Simulation</name>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="55" />
      <source>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</source>
      <translation> ; attente la plus longue à « {step} » : {wait} (occupation {load:.0f} %)</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="42" />
      <source>Change in mean wait (B − A)</source>
      <translation>Variation de l’attente moyenne (B − A)</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="36" />
      <source>Difference of the comparison</source>
      <translation>Écart de la comparaison</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="33" />
      <location filename="../../canvas/overlays/heatmap.py" line="41" />
      <source>Mean wait</source>
      <translation>Attente moyenne</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="32" />
      <source>Off</source>
      <translation>Désactivée</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="51" />
      <source>Quick estimate ({kind}): {time} in the system per ticket</source>
      <translation>Estimation rapide ({kind}) : {time} dans le système par ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="46" />
      <source>Quick estimate: not available.</source>
      <translation>Estimation rapide : indisponible.</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="49" />
      <source>Quick estimate: not possible here, because {reason}.</source>
      <translation>Estimation rapide : impossible ici, car {reason}.</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/legend.py" line="58" />
      <source>Results out of date: the drawing changed since this run.</source>
      <translation>Résultats périmés : le schéma a changé depuis cette simulation.</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="35" />
      <location filename="../../canvas/overlays/heatmap.py" line="42" />
      <source>SLA breaches</source>
      <translation>Dépassements de SLA</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="34" />
      <source>Utilisation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="41" />
      <source>Utilisation of the pool</source>
      <translation>Taux d’occupation de l’équipe</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="23" />
      <source>a condition reads a number or text field</source>
      <translation>une condition lit un champ numérique ou texte</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="21" />
      <source>a customer wait has a timeout</source>
      <translation>une attente du client a un délai d’expiration</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="29" />
      <source>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</source>
      <translation>une équipe est surchargée (occupation de 100 % ou plus) : sa file grandit sans fin</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="24" />
      <source>a rule reads number or text fields</source>
      <translation>une règle lit des champs numériques ou texte</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="19" />
      <source>a step escalates on a time limit</source>
      <translation>une étape escalade sur délai</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="65" />
      <source>about {m:.0f} min left</source>
      <translation>environ {m:.0f} min restantes</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="64" />
      <source>about {s:.0f} s left</source>
      <translation>environ {s:.0f} s restantes</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="52" />
      <source>approximate</source>
      <translation>approchée</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="16" />
      <source>arrivals follow a weekly schedule</source>
      <translation>les arrivées suivent un planning hebdomadaire</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="22" />
      <source>conditions and probabilities are mixed on a node</source>
      <translation>conditions et probabilités sont mélangées sur un nœud</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="17" />
      <source>customers abandon the queue</source>
      <translation>des clients abandonnent la file</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="62" />
      <source>estimating the time left…</source>
      <translation>estimation du temps restant…</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="52" />
      <source>exact</source>
      <translation>exacte</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="28" />
      <source>no tickets arrive</source>
      <translation>aucun ticket n’arrive</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="26" />
      <source>some tickets find no way out</source>
      <translation>certains tickets ne trouvent pas de sortie</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="18" />
      <source>the number of agents changes over the week</source>
      <translation>le nombre d’agents change au cours de la semaine</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="20" />
      <source>tickets are re-assigned to another pool</source>
      <translation>des tickets sont réaffectés à une autre équipe</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="27" />
      <source>tickets loop without end</source>
      <translation>des tickets bouclent sans fin</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="25" />
      <source>too many kinds of tickets</source>
      <translation>trop de sortes de tickets</translation>
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
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="125" />
      <source>Default settings (30 days, 1 run)</source>
      <translation>Réglages par défaut (30 jours, 1 exécution)</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="100" />
      <source>Heat map:</source>
      <translation>Carte de chaleur :</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="151" />
      <source>Quick estimate: computing…</source>
      <translation>Estimation rapide : calcul en cours…</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="81" />
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="74" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/docks/simulation_panel.py" line="155" />
      <source>The blueprint has errors; fix them before running:</source>
      <translation>Le blueprint contient des erreurs ; corrigez-les avant de lancer :</translation>
    </message>
  </context>
  <context>
    <name>SimulationWorkspace</name>
    <message>
      <location filename="../../app/simulation_workspace.py" line="95" />
      <source>&amp;Cancel simulation</source>
      <translation>&amp;Annuler la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="98" />
      <source>&amp;Export results…</source>
      <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="95" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="127" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="97" />
      <source>&amp;Watch tickets</source>
      <translation>&amp;Voir les tickets circuler</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="388" />
      <source>CSV (*.csv);;XES (*.xes)</source>
      <translation>CSV (*.csv);;XES (*.xes)</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="96" />
      <source>Co&amp;mpare scenarios…</source>
      <translation>Co&amp;mparer des scénarios…</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="99" />
      <source>Export event &amp;log…</source>
      <translation>Exporter le &amp;journal d’événements…</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="387" />
      <source>Export event log</source>
      <translation>Exporter le journal d’événements</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="272" />
      <location filename="../../app/simulation_workspace.py" line="273" />
      <source>Export finished.</source>
      <translation>Export terminé.</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="378" />
      <source>Export results</source>
      <translation>Exporter les résultats</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="100" />
      <source>Export simulation &amp;report (PDF)…</source>
      <translation>Exporter le &amp;rapport de simulation (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="396" />
      <source>Export simulation report</source>
      <translation>Exporter le rapport de simulation</translation>
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
      <translation>Simuler le scénario choisi en arrière-plan (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="135" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="331" />
      <source>Simulation cancelled.</source>
      <translation>Simulation annulée.</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="287" />
      <source>Simulation finished.</source>
      <translation>Simulation terminée.</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="264" />
      <source>The blueprint has errors: it cannot run.</source>
      <translation>Le blueprint contient des erreurs : il ne peut pas être simulé.</translation>
    </message>
    <message>
      <location filename="../../app/simulation_workspace.py" line="325" />
      <source>The simulation failed: {error}</source>
      <translation>La simulation a échoué : {error}</translation>
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
attente moyenne {wait}
occupation de l’équipe {util}
dépassements de SLA {breaches}
tickets par exécution {visits:.0f}
file moyenne {queue:.1f}</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../app/gui.py" line="56" />
      <source>Another Blueprint Studio window is already running; its unsaved work is left alone.</source>
      <translation>Une autre fenêtre de Blueprint Studio est déjà ouverte ; son travail non enregistré n’est pas touché.</translation>
    </message>
  </context>
  <context>
    <name>TemplateGallery</name>
    <message>
      <location filename="../../app/gallery.py" line="52" />
      <source>Choose a template to start from:</source>
      <translation>Choisissez le modèle de départ :</translation>
    </message>
    <message>
      <location filename="../../app/gallery.py" line="49" />
      <source>New from Template</source>
      <translation>Nouveau à partir d’un modèle</translation>
    </message>
    <message>
      <location filename="../../app/gallery.py" line="56" />
      <source>Templates</source>
      <translation>Modèles</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <location filename="../../app/training_workspace.py" line="95" />
      <source>&amp;Presenter Mode</source>
      <translation>Mode &amp;présentation</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="97" />
      <source>&amp;Quiz Mode</source>
      <translation>Mode &amp;quiz</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="100" />
      <source>A PDF with each ticket card's path as numbered steps</source>
      <translation>Un PDF avec le parcours de chaque fiche ticket en étapes numérotées</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="96" />
      <source>Full screen and large type for a projector; Escape leaves</source>
      <translation>Plein écran et grands caractères pour vidéoprojecteur ; Échap pour quitter</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="141" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="99" />
      <source>Print &amp;Handout…</source>
      <translation>Imprimer le &amp;support de formation…</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="140" />
      <location filename="../../app/training_workspace.py" line="152" />
      <source>Print Handout</source>
      <translation>Imprimer le support de formation</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="93" />
      <source>Start &amp;Walkthrough</source>
      <translation>Démarrer le &amp;parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="94" />
      <source>Step a sample ticket through the blueprint</source>
      <translation>Faire avancer un ticket d’exemple pas à pas dans le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="153" />
      <source>The handout could not be written: {why}</source>
      <translation>Le support de formation n’a pas pu être écrit : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="108" />
      <source>The handout needs the PDF export, which is not installed in this version</source>
      <translation>Le support de formation nécessite l’export PDF, absent de cette version</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="98" />
      <source>The trainee chooses the branch at each decision and is scored</source>
      <translation>Le stagiaire choisit la branche à chaque décision et reçoit une note</translation>
    </message>
  </context>
  <context>
    <name>Walkthrough</name>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="248" />
      <source>#{n} · {kind}</source>
      <translation>N° {n} · {kind}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="174" />
      <source>Cards</source>
      <translation>Fiches</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="156" />
      <source>Choose a ticket card, then press Right to start.</source>
      <translation>Choisissez une fiche ticket, puis appuyez sur Droite pour commencer.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="150" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="92" />
      <source>Clock: {elapsed} counted, {wall} since arrival</source>
      <translation>Compteur : {elapsed} comptés, {wall} depuis l’arrivée</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="185" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="186" />
      <source>Copy the template response to the clipboard</source>
      <translation>Copier la réponse type dans le presse-papiers</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="175" />
      <source>Create, edit or delete ticket cards (undoable)</source>
      <translation>Créer, modifier ou supprimer des fiches ticket (annulable)</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="27" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="178" />
      <source>Delete ticket card</source>
      <translation>Supprimer la fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="177" />
      <source>Edit ticket card…</source>
      <translation>Modifier la fiche ticket…</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="31" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="331" />
      <source>Escalations: {n}</source>
      <translation>Escalades : {n}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="187" />
      <source>Fields to fill in</source>
      <translation>Champs à remplir</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="106" />
      <source>Fill in first: {fields}</source>
      <translation>À remplir d’abord : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="82" />
      <source>First response: given after {time} (target {target})</source>
      <translation>Première réponse : donnée après {time} (objectif {target})</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="86" />
      <source>First response: {left}</source>
      <translation>Première réponse : {left}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="327" />
      <source>First response: {met}</source>
      <translation>Première réponse : {met}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="191" />
      <source>History (click to go back)</source>
      <translation>Historique (cliquer pour revenir)</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="25" />
      <source>Intake</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="254" />
      <source>Just done: {what}</source>
      <translation>Vient d’être fait : {what}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="283" />
      <source>Needs: {fields}</source>
      <translation>Requiert : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="358" />
      <source>New ticket</source>
      <translation>Nouveau ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="176" />
      <source>New ticket card…</source>
      <translation>Nouvelle fiche ticket…</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="188" />
      <source>Next — Right or Space · 1–9 a branch · Left back</source>
      <translation>Suite — Droite ou Espace · 1–9 une branche · Gauche retour</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="78" />
      <source>No SLA applies to this ticket.</source>
      <translation>Aucun SLA ne s’applique à ce ticket.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="238" />
      <source>No branch is offered here.</source>
      <translation>Aucune branche n’est proposée ici.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="286" />
      <location filename="../../app/docks/walkthrough_widgets.py" line="292" />
      <source>Not offered: {why}</source>
      <translation>Non proposé : {why}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="257" />
      <source>Not this branch. {reason}</source>
      <translation>Pas cette branche. {reason}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="65" />
      <location filename="../../app/docks/walkthrough.py" line="96" />
      <location filename="../../app/docks/walkthrough.py" line="121" />
      <source>Open a blueprint to start a walkthrough.</source>
      <translation>Ouvrez un blueprint pour démarrer un parcours guidé.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="324" />
      <source>Outcome: {outcome}</source>
      <translation>Issue : {outcome}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="322" />
      <source>Path: {path}</source>
      <translation>Chemin : {path}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="182" />
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="333" />
      <source>Quiz score: {right} / {total} decisions right at the first try</source>
      <translation>Score du quiz : {right} / {total} décisions justes du premier coup</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="113" />
      <source>Refused: {code}</source>
      <translation>Refusé : {code}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="90" />
      <source>Resolution: {left}</source>
      <translation>Résolution : {left}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="328" />
      <source>Resolution: {met}</source>
      <translation>Résolution : {met}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="180" />
      <source>Restart</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="262" />
      <source>Right: {reason}</source>
      <translation>Exact : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="30" />
      <source>Roadmap</source>
      <translation>Feuille de route</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="189" />
      <source>SLA clock</source>
      <translation>Horloge du SLA</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="79" />
      <source>SLA: {name}</source>
      <translation>SLA : {name}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="29" />
      <source>Satisfaction survey</source>
      <translation>Enquête de satisfaction</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="179" />
      <source>Save the path walked as the card's expected path</source>
      <translation>Enregistrer le chemin parcouru comme chemin attendu de la fiche</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="181" />
      <source>Start the ticket card again from its intake</source>
      <translation>Reprendre la fiche ticket depuis son arrivée</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="26" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="190" />
      <source>Summary</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="184" />
      <source>Template response</source>
      <translation>Réponse type</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="289" />
      <source>Template response copied.</source>
      <translation>Réponse type copiée.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="98" />
      <source>The SLA clock is paused here.</source>
      <translation>Le compteur SLA est suspendu ici.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="144" />
      <source>The blueprint has errors; fix them to start a walkthrough:</source>
      <translation>Le blueprint contient des erreurs ; corrigez-les pour démarrer un parcours guidé :</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="252" />
      <source>The customer sees: {what}</source>
      <translation>Le client voit : {what}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="382" />
      <source>The path was saved to the ticket card.</source>
      <translation>Le parcours a été enregistré dans la fiche ticket.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="152" />
      <source>The ticket card was deleted.</source>
      <translation>La fiche ticket a été supprimée.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="109" />
      <source>The ticket has reached an end.</source>
      <translation>Le ticket est arrivé à une fin.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="230" />
      <source>The ticket has reached an end. Left goes back.</source>
      <translation>Le ticket est arrivé à une fin. Gauche revient en arrière.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="183" />
      <source>The trainee chooses the branch at each decision</source>
      <translation>L’apprenant choisit la branche à chaque décision</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="111" />
      <source>There is no such branch.</source>
      <translation>Cette branche n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="108" />
      <source>These values are not allowed: {fields}</source>
      <translation>Ces valeurs ne sont pas autorisées : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="154" />
      <source>This blueprint has no ticket cards: create one to start.</source>
      <translation>Ce blueprint n’a pas de fiche ticket : créez-en une pour commencer.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="107" />
      <source>This branch is not offered: {why}</source>
      <translation>Cette branche n’est pas proposée : {why}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="110" />
      <source>This step has no time limit to escalate on.</source>
      <translation>Cette étape n’a pas de délai maximal déclenchant une escalade.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="175" />
      <source>This ticket card cannot be walked: {why}</source>
      <translation>Impossible de parcourir cette fiche ticket : {why}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="352" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="173" />
      <source>Ticket card:</source>
      <translation>Fiche ticket :</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="268" />
      <source>Time limit of {time} passes: escalate to {target}</source>
      <translation>Délai de {time} dépassé : escalader vers {target}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="325" />
      <source>Time: {wall} since arrival, {elapsed} on the SLA clock</source>
      <translation>Durée : {wall} depuis l’arrivée, {elapsed} à l’horloge du SLA</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="169" />
      <source>Type here…</source>
      <translation>Saisissez ici…</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="28" />
      <source>Wait for customer</source>
      <translation>Attente du client</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="83" />
      <source>Walkthrough</source>
      <translation>Parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="259" />
      <source>When this step is done: {what}</source>
      <translation>Quand cette étape est faite : {what}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="234" />
      <source>Your turn: choose the branch with its number key.</source>
      <translation>À vous : choisissez la branche avec sa touche numérique.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="95" />
      <source>business hours, now {when}</source>
      <translation>heures ouvrées, actuellement {when}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="285" />
      <source>for “{branch}”</source>
      <translation>pour « {branch} »</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="320" />
      <location filename="../../app/docks/walkthrough_widgets.py" line="68" />
      <source>met</source>
      <translation>respecté</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="320" />
      <source>missed</source>
      <translation>manqué</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_page.py" line="320" />
      <location filename="../../app/docks/walkthrough_widgets.py" line="66" />
      <source>no target</source>
      <translation>sans objectif</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="70" />
      <source>overdue by {time}</source>
      <translation>en retard de {time}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="156" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="51" />
      <source>{d} d</source>
      <translation>{d} j</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="51" />
      <source>{d} d {h} h</source>
      <translation>{d} j {h} h</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="53" />
      <source>{h} h</source>
      <translation>{h} h</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="53" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="54" />
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough_widgets.py" line="71" />
      <source>{time} left of {target}</source>
      <translation>encore {time} sur {target}</translation>
    </message>
  </context>
</TS>
