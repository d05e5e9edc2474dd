<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../app/shell/actions.py" line="213" />
      <source>&amp;About Blueprint Studio</source>
      <translation>À &amp;propos de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="144" />
      <source>&amp;Blueprint settings…</source>
      <translation>&amp;Paramètres du blueprint…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="108" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="68" />
      <source>&amp;Export…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="205" />
      <source>&amp;Getting started</source>
      <translation>&amp;Prise en main</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="78" />
      <source>&amp;Import BPMN…</source>
      <translation>&amp;Importer un processus BPMN…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="189" />
      <source>&amp;Minimap</source>
      <translation>Vue d’&amp;ensemble</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="38" />
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="50" />
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="120" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="126" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="138" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="199" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="56" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="132" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="252" />
      <source>Add a stage column at the right</source>
      <translation>Ajouter une colonne de phase à droite</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="251" />
      <source>Add a swimlane at the bottom</source>
      <translation>Ajouter un couloir en bas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="114" />
      <source>Clear the list</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="127" />
      <source>Close every blueprint and quit</source>
      <translation>Fermer tous les blueprints et quitter</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="109" />
      <source>Close this blueprint</source>
      <translation>Fermer ce blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="241" />
      <source>Copy the selected nodes</source>
      <translation>Copier les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="242" />
      <source>Cut the selected nodes</source>
      <translation>Couper les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="223" />
      <source>Delete the selection and its links</source>
      <translation>Supprimer la sélection et ses liens</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="257" />
      <source>Draw links as straight lines</source>
      <translation>Tracer les liens en lignes droites</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="227" />
      <source>Duplicate the selected nodes</source>
      <translation>Dupliquer les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="98" />
      <source>Export as &amp;BPMN…</source>
      <translation>Exporter en &amp;BPMN…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="69" />
      <source>Export the blueprint as a PDF (with the simulation report and the training handout), an SVG drawing or a PNG image</source>
      <translation>Exporter le blueprint en PDF (avec le rapport de simulation et le support de formation), en dessin SVG ou en image PNG</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="89" />
      <source>Fit a ticket export of your help desk (CSV) or an event log (CSV or XES): arrivals per hour of the week, time per state or level and decision shares, added as a calibrated scenario</source>
      <translation>Ajuster un export des tickets de votre support (CSV) ou un journal d'événements (CSV ou XES) : arrivées par heure de la semaine, temps par statut ou niveau et parts des décisions, ajoutés comme scénario calibré</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="248" />
      <source>Fit the whole drawing in the window</source>
      <translation>Afficher tout le schéma dans la fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="115" />
      <source>Forget the recently opened files</source>
      <translation>Oublier les fichiers ouverts récemment</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="183" />
      <source>Go to diagnostics</source>
      <translation>Aller aux diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="177" />
      <source>Go to properties</source>
      <translation>Aller aux propriétés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="165" />
      <source>Go to the canvas</source>
      <translation>Aller au canevas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="171" />
      <source>Go to the palette</source>
      <translation>Aller à la palette</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="206" />
      <source>How to design, simulate, train and export, with every menu command and shortcut</source>
      <translation>Concevoir, simuler, former et exporter, avec chaque commande des menus et chaque raccourci</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="88" />
      <source>Import &amp;tickets…</source>
      <translation>Importer des &amp;tickets…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="121" />
      <source>Language, theme, grid, autosave and PDF settings</source>
      <translation>Langue, thème, grille, enregistrement automatique et réglages PDF</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="260" />
      <source>Line up the selected nodes</source>
      <translation>Aligner les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="230" />
      <source>Link the selected nodes to a node chosen by name</source>
      <translation>Relier les nœuds sélectionnés à un nœud choisi par son nom</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="166" />
      <source>Move the keyboard focus to the drawing</source>
      <translation>Placer le focus clavier sur le schéma</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="44" />
      <source>New from &amp;template…</source>
      <translation>Nouveau à partir d’un &amp;modèle…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="153" />
      <source>Next blueprint</source>
      <translation>Blueprint suivant</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="79" />
      <source>Open a BPMN 2.0 process (.bpmn, with its BPSim simulation data) as a new blueprint, and list in the Diagnostics panel what the import guessed or changed</source>
      <translation>Ouvrir un processus BPMN 2.0 (.bpmn, avec ses données de simulation BPSim) comme nouveau blueprint, et lister dans le panneau Diagnostics ce que l’import a déduit ou modifié</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="51" />
      <source>Open a blueprint file</source>
      <translation>Ouvrir un fichier blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="243" />
      <source>Paste nodes from the clipboard</source>
      <translation>Coller les nœuds du presse-papiers</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="254" />
      <source>Place the nodes automatically along the flow</source>
      <translation>Placer automatiquement les nœuds le long du flux</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="159" />
      <source>Previous blueprint</source>
      <translation>Blueprint précédent</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="139" />
      <source>Redo the change just undone</source>
      <translation>Rétablir la modification qui vient d’être annulée</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="228" />
      <source>Rename the selected element on the canvas</source>
      <translation>Renommer l’élément sélectionné sur le canevas</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="200" />
      <source>Run the chosen scenario in the background</source>
      <translation>Simuler le scénario choisi en arrière-plan</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="62" />
      <source>Save &amp;as…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="57" />
      <source>Save the blueprint</source>
      <translation>Enregistrer le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="99" />
      <source>Save the blueprint as a BPMN 2.0 process with its diagram and BPSim simulation data (arrival rates, durations in minutes, branch shares, agents), for other BPMN tools</source>
      <translation>Enregistrer le blueprint comme processus BPMN 2.0 avec son diagramme et ses données de simulation BPSim (taux d’arrivée, durées en minutes, parts des branches, agents), pour d’autres outils BPMN</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="63" />
      <source>Save the blueprint under another name</source>
      <translation>Enregistrer le blueprint sous un autre nom</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="226" />
      <source>Select every node and link</source>
      <translation>Sélectionner tous les nœuds et liens</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="238" />
      <source>Select the links arriving at the selected node, one after the other</source>
      <translation>Sélectionner tour à tour les liens qui arrivent au nœud sélectionné</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="234" />
      <source>Select the links leaving the selected node, one after the other</source>
      <translation>Sélectionner tour à tour les liens qui partent du nœud sélectionné</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="190" />
      <source>Show an overview of the whole drawing in a corner of the canvas; click or drag in it to move around</source>
      <translation>Afficher une vue d’ensemble de tout le schéma dans un coin du canevas ; cliquez ou faites glisser dedans pour vous y déplacer</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="258" />
      <source>Show or hide the background grid</source>
      <translation>Afficher ou masquer la grille de fond</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="184" />
      <source>Show the diagnostics and move the keyboard focus to them</source>
      <translation>Afficher les diagnostics et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="246" />
      <source>Show the drawing at 100 %</source>
      <translation>Afficher le schéma à 100 %</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="154" />
      <source>Show the next open blueprint</source>
      <translation>Afficher le blueprint ouvert suivant</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="172" />
      <source>Show the palette and move the keyboard focus to it</source>
      <translation>Afficher la palette et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="160" />
      <source>Show the previous open blueprint</source>
      <translation>Afficher le blueprint ouvert précédent</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="178" />
      <source>Show the properties and move the keyboard focus to them</source>
      <translation>Afficher les propriétés et y placer le focus clavier</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="264" />
      <source>Space the selected nodes evenly</source>
      <translation>Répartir régulièrement les nœuds sélectionnés</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="39" />
      <source>Start a blank blueprint</source>
      <translation>Commencer un blueprint vierge</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="45" />
      <source>Start from one of the bundled templates</source>
      <translation>Partir d’un des modèles fournis</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="145" />
      <source>Title, language and currency, ticket fields, pools, calendars and SLA policies of the blueprint</source>
      <translation>Titre, langue et devise, champs de ticket, équipes d’agents, calendriers et politiques SLA du blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="133" />
      <source>Undo the last change</source>
      <translation>Annuler la dernière modification</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="214" />
      <source>Version and credits</source>
      <translation>Version et crédits</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="244" />
      <source>Zoom in on the drawing</source>
      <translation>Agrandir le schéma</translation>
    </message>
    <message>
      <location filename="../../app/shell/actions.py" line="245" />
      <source>Zoom out of the drawing</source>
      <translation>Réduire le schéma</translation>
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
      <translation>Classement des agents</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="49" />
      <source>Agent {n}</source>
      <translation>Agent {n}</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="55" />
      <source>An agent with the skill “{skill}” takes this ticket.</source>
      <translation>Un agent ayant la compétence « {skill} » prend ce ticket.</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="56" />
      <source>An agent with the skill “{skill}” takes this ticket; after {time} of waiting, any agent of the pool.</source>
      <translation>Un agent ayant la compétence « {skill} » prend ce ticket ; après {time} d'attente, n'importe quel agent de l'équipe.</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="22" />
      <source>Each agent of the pools with named agents, after the warm-up (means per replication). A ticket counts for the last agent who worked it.</source>
      <translation>Chaque agent des équipes dont les agents sont nommés, après la période de chauffe (moyennes par réplication). Un ticket compte pour le dernier agent qui l'a traité.</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="30" />
      <source>First-contact resolution</source>
      <translation>Résolution au premier contact</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="28" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="32" />
      <source>SLA met</source>
      <translation>SLA respecté</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="31" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="36" />
      <source>Share of its resolved tickets resolved at the first contact (%)</source>
      <translation>Part de ses tickets résolus dès le premier contact (%)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="42" />
      <source>Share of its tickets with a resolution target resolved within it (%)</source>
      <translation>Part de ses tickets soumis à un délai de résolution résolus dans ce délai (%)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="45" />
      <source>Share of its time on shift spent working (%)</source>
      <translation>Part de son temps de service passée à traiter des tickets (%)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="39" />
      <source>Share of satisfied answers to the surveys of its tickets (%)</source>
      <translation>Part de réponses satisfaites aux enquêtes de ses tickets (%)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="29" />
      <source>Tickets resolved</source>
      <translation>Tickets résolus</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="35" />
      <source>Tickets resolved that this agent worked last</source>
      <translation>Tickets résolus dont cet agent a été le dernier à s'occuper</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="34" />
      <source>Time on duplicates</source>
      <translation>Temps passé sur les doublons</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="46" />
      <source>Time spent working duplicate tickets, later merged (hours and minutes)</source>
      <translation>Temps passé à traiter des tickets en doublon, fusionnés ensuite (heures et minutes)</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="33" />
      <source>Utilisation</source>
      <translation>Taux d'occupation</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="61" />
      <source>When the ticket comes back here, it goes to the agent who first worked it, if that agent is on shift.</source>
      <translation>Quand le ticket revient ici, il va à l'agent qui l'a traité en premier, si cet agent est en service.</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="53" />
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="50" />
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <location filename="../../model/agent_words.py" line="52" />
      <source>{n} min</source>
      <translation>{n} min</translation>
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
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="97" />
      <source>A re-opened ticket, or one the customer replied to, waits for the agent who first worked it while that agent is on shift; otherwise the assignment rule applies</source>
      <translation>Un ticket rouvert, ou auquel le client a répondu, attend l'agent qui l'a traité en premier tant que celui-ci est en service ; sinon la règle d'attribution s'applique</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="93" />
      <source>A ticket coming back goes to its &amp;owner</source>
      <translation>Un ticket qui revient va à son &amp;propriétaire</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="85" />
      <source>Add a&amp;gent</source>
      <translation>Ajouter un a&amp;gent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="178" />
      <source>Agent {n}</source>
      <translation>Agent {n}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="69" />
      <source>How fast this agent works: 2 takes half the step's time, 0.5 twice as long (more than 0, at most 10)</source>
      <translation>La vitesse de travail de cet agent : 2 prend la moitié du temps de l'étape, 0,5 le double (plus de 0, au plus 10)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="63" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="87" />
      <source>Name one more agent of this pool</source>
      <translation>Nommer un agent de plus dans cette équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="58" />
      <source>Named agents</source>
      <translation>Agents nommés</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="89" />
      <source>Remo&amp;ve agent</source>
      <translation>Reti&amp;rer l'agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="91" />
      <source>Remove the selected agent from the list</source>
      <translation>Retirer l'agent sélectionné de la liste</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="124" />
      <source>Skill &amp;fallback after:</source>
      <translation>&amp;Repli après :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="63" />
      <source>Skills</source>
      <translation>Compétences</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="63" />
      <source>Speed</source>
      <translation>Vitesse</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="75" />
      <source>The pool's agents by name: the first ones listed are on shift when the shifts put fewer agents on duty. Double-click or F2 to edit a cell.</source>
      <translation>Les agents de l'équipe par leur nom : les premiers de la liste sont en service quand les plannings prévoient moins d'agents. Double-clic ou F2 pour modifier une cellule.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="65" />
      <source>What this agent can do, separated by commas; a step may require one skill</source>
      <translation>Ce que cet agent sait faire, séparé par des virgules ; une étape peut exiger une compétence</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="111" />
      <source>With the rule “skills first”: minutes a ticket waits for an agent with the skill its step requires before any free agent takes it (0: it waits for the skill)</source>
      <translation>Avec la règle « compétences d'abord » : minutes pendant lesquelles un ticket attend un agent ayant la compétence requise par son étape avant qu'un agent libre quelconque le prenne (0 : il attend la compétence)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/agents_box.py" line="107" />
      <source>never: wait for the skill</source>
      <translation>jamais : attendre la compétence</translation>
    </message>
  </context>
  <context>
    <name>AgentsSkill</name>
    <message>
      <location filename="../../canvas/properties/agents_skill.py" line="43" />
      <location filename="../../canvas/properties/agents_skill.py" line="60" />
      <source>(no skill required)</source>
      <translation>(aucune compétence requise)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/agents_skill.py" line="50" />
      <source>Required skill</source>
      <translation>Compétence requise</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/agents_skill.py" line="46" />
      <source>The skill an agent needs for this step, when its pool assigns by skills first; empty: any agent</source>
      <translation>La compétence nécessaire à un agent pour cette étape, quand son équipe attribue les tickets par compétences ; vide : n'importe quel agent</translation>
    </message>
  </context>
  <context>
    <name>ApprovalForm</name>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="63" />
      <source>&amp;Rejected:</source>
      <translation>&amp;Refusées :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="80" />
      <source>(missing element)</source>
      <translation>(élément introuvable)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="65" />
      <source>Approval time (minutes):</source>
      <translation>Délai d’approbation (minutes) :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="62" />
      <source>Approved &amp;by:</source>
      <translation>Approuvé &amp;par :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="51" />
      <source>Minutes from asking for the approval to its answer</source>
      <translation>Minutes entre la demande d’approbation et la réponse</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="38" />
      <source>Needs &amp;approval</source>
      <translation>Soumis à &amp;approbation</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="64" />
      <source>Rejected tickets &amp;go to:</source>
      <translation>Les tickets refusés &amp;vont vers :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="54" />
      <source>Share of the approvals rejected, in %</source>
      <translation>Part des approbations refusées, en %</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="41" />
      <source>Tickets taking this transition wait for someone's approval first; a share is rejected</source>
      <translation>Les tickets qui prennent cette transition attendent d’abord une approbation ; une part est refusée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="58" />
      <source>Where a rejected ticket goes; by default back to the step it comes from, to be done again</source>
      <translation>Où va un ticket refusé ; par défaut, il revient à l’étape d’où il vient, pour la refaire</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="47" />
      <source>Who approves: a role, not a person (the approval takes no agent of the flow)</source>
      <translation>Qui approuve : un rôle, pas une personne (l’approbation ne mobilise aucun agent du parcours)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="45" />
      <source>e.g. Team lead</source>
      <translation>p. ex. Chef d’équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/approval_form.py" line="76" />
      <source>the step it comes from, again</source>
      <translation>l’étape d’où il vient, à refaire</translation>
    </message>
  </context>
  <context>
    <name>ApprovalWords</name>
    <message>
      <location filename="../../model/approval_words.py" line="39" />
      <source>Approval of {link}: {asked} asked, {granted} granted, {rejected} rejected</source>
      <translation>Validation de {link} : {asked} demandées, {granted} accordées, {rejected} refusées</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="17" />
      <source>Approvals and transfers</source>
      <translation>Approbations et transferts</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="36" />
      <source>In the run: {asked} asked, {granted} granted, {rejected} rejected.</source>
      <translation>Dans la simulation : {asked} demandées, {granted} accordées, {rejected} refusées.</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="35" />
      <source>Transfers for “{reason}”: {count}</source>
      <translation>Transferts pour « {reason} » : {count}</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="18" />
      <source>Transitions that wait for an approval, and re-assignments to another pool with a reason, as the simulation ran them.</source>
      <translation>Les transitions soumises à approbation et les réaffectations motivées à une autre équipe, telles que la simulation les a jouées.</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="34" />
      <source>a node without a title</source>
      <translation>un élément sans titre</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="32" />
      <source>someone</source>
      <translation>quelqu’un</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="27" />
      <source>{edge}: approved by {role} in {minutes} min on average; {percent}% rejected, which go back to {target} to be done again.</source>
      <translation>{edge} : approuvé par {role} en {minutes} min en moyenne ; {percent} % refusés, qui reviennent à {target} pour être refaits.</translation>
    </message>
    <message>
      <location filename="../../model/approval_words.py" line="23" />
      <source>{edge}: approved by {role} in {minutes} min on average; {percent}% rejected, which go to {target}.</source>
      <translation>{edge} : approuvé par {role} en {minutes} min en moyenne ; {percent} % refusés, qui vont vers {target}.</translation>
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
      <translation>Paramètres du blueprint</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/dialog.py" line="65" />
      <location filename="../../canvas/settings/dialog.py" line="168" />
      <source>Open or create a blueprint to change its settings.</source>
      <translation>Ouvrez ou créez un blueprint pour modifier ses paramètres.</translation>
    </message>
  </context>
  <context>
    <name>BpmnImport</name>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="74" />
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="57" />
      <source>(untitled lane)</source>
      <translation>(couloir sans titre)</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="50" />
      <source>BPMN 2.0 processes (*.bpmn *.bpmn20.xml *.xml);;All files (*)</source>
      <translation>Processus BPMN 2.0 (*.bpmn *.bpmn20.xml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="72" />
      <source>Cannot Import the File</source>
      <translation>Import impossible</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="121" />
      <source>Export Failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="59" />
      <source>Export as BPMN</source>
      <translation>Exporter en BPMN</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="123" />
      <source>Exported “{name}” as BPMN.</source>
      <translation>« {name} » exporté en BPMN.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="54" />
      <source>Import a BPMN Process</source>
      <translation>Importer un processus BPMN</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="80" />
      <source>Import of “{name}” cancelled.</source>
      <translation>Import de « {name} » annulé.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="91" />
      <source>Imported “{name}”: {count} point to check in the Diagnostics panel.</source>
      <translation>« {name} » importé : {count} point à vérifier dans le panneau Diagnostics.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="92" />
      <source>Imported “{name}”: {count} points to check in the Diagnostics panel.</source>
      <translation>« {name} » importé : {count} points à vérifier dans le panneau Diagnostics.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="58" />
      <source>Kind of the lane {title}</source>
      <translation>Type du couloir {title}</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="36" />
      <source>Lanes of the Imported Process</source>
      <translation>Couloirs du processus importé</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="74" />
      <source>Problem found: {reason}. The file itself is unchanged.</source>
      <translation>Problème détecté : {reason}. Le fichier lui-même n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="60" />
      <source>What the lane “{title}” stands for in the service blueprint</source>
      <translation>Ce que représente le couloir « {title} » dans le blueprint de service</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="28" />
      <source>it declares XML entities, which are refused for safety (line {line})</source>
      <translation>il déclare des entités XML, refusées par sécurité (ligne {line})</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="42" />
      <source>it describes a process that cannot be turned into a blueprint ({reason})</source>
      <translation>il décrit un processus impossible à convertir en blueprint ({reason})</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="39" />
      <source>it has {count} elements, more than the {limit} a blueprint holds</source>
      <translation>il compte {count} éléments, au-delà des {limit} qu’un blueprint peut contenir</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="37" />
      <source>it holds no BPMN process</source>
      <translation>il ne contient aucun processus BPMN</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="34" />
      <source>it is not a BPMN 2.0 file (its root element is {root})</source>
      <translation>ce n’est pas un fichier BPMN 2.0 (son élément racine est {root})</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="38" />
      <source>it is not a file (a folder, a device or a pipe)</source>
      <translation>ce n’est pas un fichier (dossier, périphérique ou tube)</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="25" />
      <source>it is not well-formed XML (line {line}, column {column})</source>
      <translation>ce n’est pas du XML bien formé (ligne {line}, colonne {column})</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="31" />
      <source>it refers to an external file or address, which is refused for safety</source>
      <translation>il fait appel à un fichier ou à une adresse externes, ce qui est refusé par sécurité</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="24" />
      <source>the file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
    <message>
      <location filename="../../model/bpmn/safe_xml.py" line="23" />
      <source>the file is larger than {limit} MB</source>
      <translation>le fichier dépasse {limit} Mo</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="68" />
      <source>“{name}” cannot be imported.</source>
      <translation>« {name} » ne peut pas être importé.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="38" />
      <source>“{name}” has {count} lane. Its kind was guessed from its name: the kind decides the lines of interaction and visibility, and which step gives the first response. Correct it if needed.</source>
      <translation>« {name} » compte {count} couloir. Son type a été déduit de son nom : il détermine les lignes d’interaction et de visibilité, et l’étape qui donne la première réponse. Corrigez-le si besoin.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_mapping.py" line="43" />
      <source>“{name}” has {count} lanes. Their kinds were guessed from their names: the kind decides the lines of interaction and visibility, and which step gives the first response. Correct them if needed.</source>
      <translation>« {name} » compte {count} couloirs. Leur type a été déduit de leur nom : il détermine les lignes d’interaction et de visibilité, et l’étape qui donne la première réponse. Corrigez-les si besoin.</translation>
    </message>
    <message>
      <location filename="../../app/files/bpmn_files.py" line="119" />
      <source>“{name}” was not written.</source>
      <translation>« {name} » n’a pas été écrit.</translation>
    </message>
  </context>
  <context>
    <name>CalendarsTab</name>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="286" />
      <source>&amp;Country:</source>
      <translation>&amp;Pays :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="227" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="305" />
      <source>(unnamed calendar)</source>
      <translation>(calendrier sans nom)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="375" />
      <source>(unnamed policy)</source>
      <translation>(politique sans nom)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="206" />
      <source>24/7</source>
      <translation>24 h/24, 7 j/7</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="254" />
      <source>A day the calendar is closed</source>
      <translation>Un jour de fermeture</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="158" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="160" />
      <source>Add a calendar open Monday to Friday, 9:00 to 18:00</source>
      <translation>Ajouter un calendrier ouvert du lundi au vendredi, de 9:00 à 18:00</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="202" />
      <source>Add a line of opening hours (for example Saturday morning)</source>
      <translation>Ajouter une ligne d’horaires d’ouverture (par exemple le samedi matin)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="364" />
      <source>Add calendar</source>
      <translation>Ajouter un calendrier</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="255" />
      <source>Add day</source>
      <translation>Ajouter le jour</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="200" />
      <source>Add hours</source>
      <translation>Ajouter des horaires</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="434" />
      <source>Add public holiday</source>
      <translation>Ajouter un jour férié</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="280" />
      <source>Add public holidays</source>
      <translation>Ajouter les jours fériés</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="454" />
      <source>Add public holidays of {country}</source>
      <translation>Ajouter les jours fériés : {country}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="283" />
      <source>Add the country's public holidays of these years (days already listed stay)</source>
      <translation>Ajouter les jours fériés du pays pour ces années (les jours déjà listés restent)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="61" />
      <source>All Saints' Day</source>
      <translation>Toussaint</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="395" />
      <source>Another calendar is called “{name}”.</source>
      <translation>Un autre calendrier s’appelle déjà « {name} ».</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="62" />
      <source>Armistice Day</source>
      <translation>Armistice 1918</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="57" />
      <source>Ascension Day</source>
      <translation>Ascension</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="60" />
      <source>Assumption Day</source>
      <translation>Assomption</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="59" />
      <source>Bastille Day</source>
      <translation>Fête nationale</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="64" />
      <source>Boxing Day</source>
      <translation>Lendemain de Noël (Boxing Day)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="91" />
      <source>Business hours</source>
      <translation>Heures ouvrées</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="91" />
      <source>Business hours {n}</source>
      <translation>Heures ouvrées {n}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="189" />
      <source>Calendars</source>
      <translation>Calendriers</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="417" />
      <source>Change opening hours</source>
      <translation>Modifier les horaires d’ouverture</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="63" />
      <source>Christmas Day</source>
      <translation>Noël</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="117" />
      <source>Closing time</source>
      <translation>Heure de fermeture</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="115" />
      <source>Closing time on these days (24:00: midnight at the end of the day)</source>
      <translation>Heure de fermeture ces jours-là (24:00 : minuit, en fin de journée)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="71" />
      <source>Coronation</source>
      <translation>Couronnement</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="246" />
      <source>Days the calendar is closed; Delete removes the selected days</source>
      <translation>Jours de fermeture ; Suppr retire les jours sélectionnés</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="65" />
      <source>Early May bank holiday</source>
      <translation>Jour férié de début mai</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="54" />
      <source>Easter Monday</source>
      <translation>Lundi de Pâques</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="76" />
      <source>England and Wales</source>
      <translation>Angleterre et pays de Galles</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="75" />
      <source>France</source>
      <translation>France</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="47" />
      <source>Fri</source>
      <translation>Ven</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="395" />
      <source>Give the calendar a name.</source>
      <translation>Donnez un nom au calendrier.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="53" />
      <source>Good Friday</source>
      <translation>Vendredi saint</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="68" />
      <source>Jubilee bank holiday</source>
      <translation>Jour férié du jubilé</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="55" />
      <source>Labour Day</source>
      <translation>Fête du Travail</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="410" />
      <source>Line {line}: the closing time must come after the opening time.</source>
      <translation>Ligne {line} : l’heure de fermeture doit suivre l’heure d’ouverture.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="408" />
      <source>Line {line}: tick at least one day.</source>
      <translation>Ligne {line} : cochez au moins un jour.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="72" />
      <source>Millennium Eve</source>
      <translation>Veille du millénaire</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="43" />
      <source>Mon</source>
      <translation>Lun</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="203" />
      <source>Monday–Friday 9:00–18:00</source>
      <translation>Lundi–vendredi 9:00–18:00</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="52" />
      <source>New Year's Day</source>
      <translation>Jour de l’an</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="214" />
      <source>Opening hours</source>
      <translation>Horaires d’ouverture</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="116" />
      <source>Opening time</source>
      <translation>Heure d’ouverture</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="114" />
      <source>Opening time on these days</source>
      <translation>Heure d’ouverture ces jours-là</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="219" />
      <source>Public holidays (closed all day)</source>
      <translation>Jours fériés (fermé toute la journée)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="161" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="385" />
      <source>Remove calendar “{name}”</source>
      <translation>Supprimer le calendrier « {name} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="441" />
      <source>Remove public holidays</source>
      <translation>Retirer des jours fériés</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="257" />
      <source>Remove selected days</source>
      <translation>Retirer les jours sélectionnés</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="163" />
      <source>Remove the selected calendar (refused while an SLA policy uses it)</source>
      <translation>Supprimer le calendrier sélectionné (refusé tant qu’une politique de SLA l’utilise)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="125" />
      <location filename="../../canvas/settings/calendars_tab.py" line="126" />
      <source>Remove these opening hours</source>
      <translation>Supprimer ces heures d’ouverture</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="399" />
      <source>Rename calendar</source>
      <translation>Renommer le calendrier</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="205" />
      <source>Replace the opening hours by Monday to Friday, 9:00 to 18:00</source>
      <translation>Remplacer les horaires par du lundi au vendredi, de 9:00 à 18:00</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="208" />
      <source>Replace the opening hours by every day, all day</source>
      <translation>Remplacer les horaires par tous les jours, toute la journée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="69" />
      <source>Royal wedding</source>
      <translation>Mariage royal</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="48" />
      <source>Sat</source>
      <translation>Sam</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="66" />
      <source>Spring bank holiday</source>
      <translation>Jour férié de printemps</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="70" />
      <source>State funeral</source>
      <translation>Funérailles nationales</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="67" />
      <source>Summer bank holiday</source>
      <translation>Jour férié d’été</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="49" />
      <source>Sun</source>
      <translation>Dim</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="196" />
      <source>The calendar's name, shown where SLA policies pick a calendar</source>
      <translation>Le nom du calendrier, affiché là où les politiques de SLA choisissent un calendrier</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="157" />
      <source>The calendars of this blueprint, by name</source>
      <translation>Les calendriers de ce blueprint, par nom</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="270" />
      <source>The country whose public holidays are added</source>
      <translation>Le pays dont les jours fériés sont ajoutés</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="449" />
      <source>The last year comes before the first.</source>
      <translation>La dernière année précède la première.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="279" />
      <source>The years whose public holidays are added</source>
      <translation>Les années dont les jours fériés sont ajoutés</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="432" />
      <source>This day is already listed.</source>
      <translation>Ce jour figure déjà dans la liste.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="46" />
      <source>Thu</source>
      <translation>Jeu</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="44" />
      <source>Tue</source>
      <translation>Mar</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="56" />
      <source>Victory in Europe Day</source>
      <translation>Victoire 1945</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="45" />
      <source>Wed</source>
      <translation>Mer</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="58" />
      <source>Whit Monday</source>
      <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="118" />
      <source>from</source>
      <translation>de</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="120" />
      <location filename="../../canvas/settings/calendars_tab.py" line="292" />
      <source>to</source>
      <translation>à</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="290" />
      <source>years</source>
      <translation>années</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/calendars_tab.py" line="381" />
      <source>“{calendar}” is used by the SLA policies {policies}: pick another calendar there first.</source>
      <translation>« {calendar} » est utilisé par les politiques de SLA {policies} : choisissez-y d’abord un autre calendrier.</translation>
    </message>
  </context>
  <context>
    <name>Calibration</name>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="169" />
      <source>&amp;Add Calibrated Scenario</source>
      <translation>&amp;Ajouter le scénario calibré</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="109" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="124" />
      <source>&amp;Layout:</source>
      <translation>&amp;Format :</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="139" />
      <source>&amp;Preview</source>
      <translation>&amp;Aperçu</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="143" />
      <source>&amp;Stop</source>
      <translation>&amp;Arrêter</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="256" />
      <source>Actual</source>
      <translation>Réel</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_files.py" line="41" />
      <source>Added the calibrated scenario “{name}” from {count} ticket.</source>
      <translation>Scénario calibré « {name} » ajouté d’après {count} ticket.</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_files.py" line="42" />
      <source>Added the calibrated scenario “{name}” from {count} tickets.</source>
      <translation>Scénario calibré « {name} » ajouté d’après {count} tickets.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="49" />
      <source>Arrival mix of {field}: {values}</source>
      <translation>Répartition à l'arrivée de {field} : {values}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="114" />
      <source>Blueprint Studio event log</source>
      <translation>Journal d'événements de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/importer.py" line="25" />
      <source>Calibrated from {source}</source>
      <translation>Calibré d'après {source}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="43" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="41" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="95" />
      <source>Choose a ticket export of your help desk (CSV) or an event log (CSV or XES). Its arrivals, the time spent in each state or level and the decisions' shares are fitted and added to the blueprint as a calibrated scenario; the drawing is unchanged.</source>
      <translation>Choisissez un export des tickets de votre support (CSV) ou un journal d'événements (CSV ou XES). Ses arrivées, le temps passé dans chaque statut ou niveau et les parts des décisions sont ajustés et ajoutés au blueprint comme scénario calibré ; le dessin n'est pas modifié.</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="111" />
      <source>Choose the export file</source>
      <translation>Choisir le fichier d'export</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="262" />
      <source>Choose the export file first.</source>
      <translation>Choisissez d'abord le fichier d'export.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="37" />
      <source>Closed</source>
      <translation>Clôture</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="121" />
      <source>Column names of a help-desk tool's export</source>
      <translation>Noms des colonnes de l'export d'un outil de support</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="132" />
      <source>Column of {role}</source>
      <translation>Colonne de {role}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="34" />
      <source>Created</source>
      <translation>Création</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="274" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="65" />
      <source>Escalated to a higher level: {share} of tickets ({span}; by the decisions' shares)</source>
      <translation>Tickets escaladés à un niveau supérieur : {share} ({span} ; pris en compte par les parts des décisions)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="62" />
      <source>Escalated to a higher level: {share} of tickets ({span}; the branch {branch})</source>
      <translation>Tickets escaladés à un niveau supérieur : {share} ({span} ; branche {branch})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="35" />
      <source>First reply</source>
      <translation>Première réponse</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="141" />
      <source>Fit the export with these columns and show what would be added</source>
      <translation>Ajuster l'export avec ces colonnes et montrer ce qui serait ajouté</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="111" />
      <source>Freshdesk (ticket export)</source>
      <translation>Freshdesk (export des tickets)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="287" />
      <source>Friday</source>
      <translation>vendredi</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="112" />
      <source>GLPI (ticket list export)</source>
      <translation>GLPI (export de la liste des tickets)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="44" />
      <source>Group or level</source>
      <translation>Groupe ou niveau</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="118" />
      <source>Guessed from the column names</source>
      <translation>Déduit des noms de colonnes</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="85" />
      <location filename="../../app/files/calibration_dialog.py" line="188" />
      <location filename="../../app/files/calibration_files.py" line="39" />
      <source>Import Tickets</source>
      <translation>Importer des tickets</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_files.py" line="35" />
      <source>Import of tickets cancelled.</source>
      <translation>Import des tickets annulé.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="113" />
      <source>Jira Service Management (issues CSV)</source>
      <translation>Jira Service Management (export CSV des demandes)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="267" />
      <source>Kolmogorov-Smirnov distance between the actual and simulated resolution times: {ks}</source>
      <translation>Distance de Kolmogorov-Smirnov entre les délais de résolution réels et simulés : {ks}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="259" />
      <source>Means in minutes. An export's time in a state includes the wait for an agent; an event log's is the service alone.</source>
      <translation>Moyennes en minutes. Dans un export, le temps passé dans un statut comprend l'attente d'un agent ; dans un journal d'événements, c'est le traitement seul.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="283" />
      <source>Monday</source>
      <translation>lundi</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="265" />
      <source>Percentile</source>
      <translation>Centile</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="42" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="45" />
      <source>Re-opened</source>
      <translation>Réouvertures</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="50" />
      <source>Re-opened: {share} of tickets ({span}; not applied)</source>
      <translation>Tickets réouverts : {share} ({span} ; non appliqué)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="54" />
      <source>Re-opened: {share} of tickets ({span}; the answer that re-opens after {waits})</source>
      <translation>Tickets réouverts : {share} ({span} ; réponse qui rouvre le ticket après {waits})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="57" />
      <source>Re-opened: {share} of tickets ({span}; the unsatisfied answer of {surveys} and the answer that re-opens after {waits})</source>
      <translation>Tickets réouverts : {share} ({span} ; réponse « insatisfait » de {surveys} et réponse qui rouvre le ticket après {waits})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="51" />
      <source>Re-opened: {share} of tickets ({span}; the unsatisfied answer of {surveys})</source>
      <translation>Tickets réouverts : {share} ({span} ; réponse « insatisfait » de {surveys})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="36" />
      <source>Read from {source}: {tickets} over {weeks}; rows left out: {refused}</source>
      <translation>Lu dans {source} : {tickets} sur {weeks} ; lignes écartées : {refused}</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="151" />
      <source>Reading the export</source>
      <translation>Lecture de l'export</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="275" />
      <source>Reading “{name}”…</source>
      <translation>Lecture de « {name} »…</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="264" />
      <source>Resolution time</source>
      <translation>Délai de résolution</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="68" />
      <source>Resolved past the SLA resolution target: {share}</source>
      <translation>Résolus au-delà de l'objectif de résolution du SLA : {share}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="270" />
      <source>SLA resolution breaches: actual {actual}, simulated {simulated}</source>
      <translation>Dépassements du SLA de résolution : réel {actual}, simulé {simulated}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="288" />
      <source>Saturday</source>
      <translation>samedi</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="248" />
      <source>Scenario “{scenario}”, calibrated from {source} ({tickets}): the simulated run beside the export it was fitted from.</source>
      <translation>Scénario « {scenario} », calibré d’après {source} ({tickets}) : la simulation à côté de l’export dont elle est tirée.</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_view.py" line="59" />
      <source>Share of tickets resolved within each time: actual and simulated</source>
      <translation>Part des tickets résolus dans chaque délai : réel et simulé</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="266" />
      <source>Simulated</source>
      <translation>Simulé</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="247" />
      <source>Simulated vs actual</source>
      <translation>Simulé et réel</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="257" />
      <source>Simulated, in the step</source>
      <translation>Simulé, dans l'étape</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="258" />
      <source>Simulated, service</source>
      <translation>Simulé, traitement</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="36" />
      <source>Solved</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="255" />
      <source>State in the export</source>
      <translation>Statut dans l'export</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="38" />
      <source>Status (one row per change)</source>
      <translation>Statut (une ligne par changement)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="40" />
      <source>Status history</source>
      <translation>Historique des statuts</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="254" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="145" />
      <source>Stop reading the export</source>
      <translation>Arrêter la lecture de l'export</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="315" />
      <source>Stopped. Choose Preview to read the export again.</source>
      <translation>Lecture arrêtée. Choisissez Aperçu pour relire l'export.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="289" />
      <source>Sunday</source>
      <translation>dimanche</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="133" />
      <source>The export's column that holds “{role}”</source>
      <translation>La colonne de l'export qui contient « {role} »</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="286" />
      <source>Thursday</source>
      <translation>jeudi</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="104" />
      <source>Ticket export</source>
      <translation>Export de tickets</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="103" />
      <source>Ticket export or event log</source>
      <translation>Export de tickets ou journal d'événements</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="60" />
      <source>Ticket exports and event logs (*.csv *.txt *.xes);;All files (*)</source>
      <translation>Exports de tickets et journaux d'événements (*.csv *.txt *.xes);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="33" />
      <source>Ticket number</source>
      <translation>Numéro du ticket</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="275" />
      <source>Tickets per day, from the hourly rates of the week: actual in the export, simulated as the scenario's intakes draw them. Busiest hour: actual {actual}, simulated {simulated}.</source>
      <translation>Tickets par jour, d'après les taux horaires de la semaine : réels dans l'export, simulés tels que les points d'entrée du scénario les tirent. Heure la plus chargée : réel {actual}, simulé {simulated}.</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_view.py" line="63" />
      <source>Tickets per hour over the week, Monday first: actual and simulated</source>
      <translation>Tickets par heure sur la semaine, à partir du lundi : réels et simulés</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="39" />
      <source>Time of the status change</source>
      <translation>Date du changement de statut</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="253" />
      <source>Time per state</source>
      <translation>Temps par statut</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="284" />
      <source>Tuesday</source>
      <translation>mardi</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="273" />
      <source>Volume per hour of the week</source>
      <translation>Volume par heure de la semaine</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="285" />
      <source>Wednesday</source>
      <translation>mercredi</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="163" />
      <source>What will be fitted</source>
      <translation>Ce qui sera ajusté</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/columns.py" line="110" />
      <source>Zendesk (ticket export)</source>
      <translation>Zendesk (export des tickets)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="50" />
      <source>a cell longer than {limit} characters</source>
      <translation>une cellule de plus de {limit} caractères</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="33" />
      <source>choose a column for “{role}”: the calibration cannot do without it</source>
      <translation>choisissez une colonne pour « {role} » : le calibrage ne peut pas s'en passer</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="33" />
      <source>empirical</source>
      <translation>empirique</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="30" />
      <source>exponential</source>
      <translation>exponentielle</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="32" />
      <source>gamma</source>
      <translation>gamma</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="18" />
      <source>it is not a file (a folder, a device or a pipe)</source>
      <translation>ce n'est pas un fichier (un dossier, un périphérique ou un tube)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="21" />
      <source>it is not a text file (it holds binary data)</source>
      <translation>ce n'est pas un fichier texte (il contient des données binaires)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="39" />
      <source>it is not an XES event log (its root element is {root})</source>
      <translation>ce n'est pas un journal d'événements XES (son élément racine est {root})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="42" />
      <source>it is not well-formed XML ({reason})</source>
      <translation>ce n'est pas du XML bien formé ({reason})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="22" />
      <source>line {line} is not UTF-8 text (byte {byte}); save the export as UTF-8, or name its encoding</source>
      <translation>la ligne {line} n'est pas du texte UTF-8 (octet {byte}) ; enregistrez l'export en UTF-8 ou indiquez son encodage</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="69" />
      <source>line {line}: {reason}</source>
      <translation>ligne {line} : {reason}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="31" />
      <source>log-normal</source>
      <translation>log-normale</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="46" />
      <source>no creation date</source>
      <translation>pas de date de création</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="67" />
      <source>no state of the export matches the step “{step}”: it keeps its own duration</source>
      <translation>aucun statut de l'export ne correspond à l'étape « {step} » : elle garde sa propre durée</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="36" />
      <source>no ticket could be read ({problems} row refused: line {line})</source>
      <translation>aucun ticket n’a pu être lu ({problems} ligne écartée : ligne {line})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="90" />
      <source>no ticket could be read ({problems} rows refused; the first: line {line})</source>
      <translation>aucun ticket n’a pu être lu ({problems} lignes écartées ; la première : ligne {line})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="45" />
      <source>no ticket number</source>
      <translation>pas de numéro de ticket</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="70" />
      <source>the channel “{channel}” ({tickets} ticket) has no intake: its arrivals are not used</source>
      <translation>le canal « {channel} » ({tickets} ticket) n’a pas de point d’entrée : ses arrivées ne sont pas utilisées</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="108" />
      <source>the channel “{channel}” ({tickets} tickets) has no intake: its arrivals are not used</source>
      <translation>le canal « {channel} » ({tickets} tickets) n’a pas de point d’entrée : ses arrivées ne sont pas utilisées</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="30" />
      <source>the column “{column}” chosen for “{role}” is not in the file</source>
      <translation>la colonne « {column} » choisie pour « {role} » n'est pas dans le fichier</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="78" />
      <source>the export covers {days} day, less than a week: the hours it does not cover take the rate of the same hour on the days it covers</source>
      <translation>l’export couvre {days} jour, moins d’une semaine : les heures qu’il ne couvre pas prennent le taux de la même heure le jour couvert</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="125" />
      <source>the export covers {days} days, less than a week: the hours it does not cover take the rate of the same hour on the days it covers</source>
      <translation>l’export couvre {days} jours, moins d’une semaine : les heures qu’il ne couvre pas prennent le taux de la même heure les jours couverts</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="17" />
      <source>the file does not exist</source>
      <translation>le fichier n'existe pas</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="20" />
      <source>the file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="19" />
      <source>the file is larger than {limit} MB</source>
      <translation>le fichier dépasse {limit} Mo</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="26" />
      <source>the first line holds no column names</source>
      <translation>la première ligne ne contient pas de noms de colonnes</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="52" />
      <source>the row cannot be read as CSV ({reason})</source>
      <translation>la ligne ne peut pas être lue en CSV ({reason})</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="49" />
      <source>{column} is before the creation date</source>
      <translation>{column} est antérieure à la date de création</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="77" />
      <source>{count} row left out (see the list)</source>
      <translation>{count} ligne écartée (voir la liste)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="121" />
      <source>{count} rows left out (see the list)</source>
      <translation>{count} lignes écartées (voir la liste)</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="48" />
      <source>{decision} → {target}: {share} ({span}) of {total}</source>
      <translation>{decision} → {target} : {share} ({span}) de {total}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="70" />
      <source>{file}: scenario “{name}” added; run it with: blueprint-studio simulate {file} --scenario {id}</source>
      <translation>{file} : scénario « {name} » ajouté ; pour le simuler : blueprint-studio simulate {file} --scenario {id}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="51" />
      <source>{found} cells where the header has {expected}</source>
      <translation>{found} cellules alors que l'en-tête en compte {expected}</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="40" />
      <source>{intake}: arrival rate of {rate} per hour on average ({span}), by the hour of the week</source>
      <translation>{intake} : taux d’arrivée de {rate} par heure en moyenne ({span}), heure par heure sur la semaine</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="44" />
      <source>{step}: {family}, mean {mean} ({span}), Kolmogorov-Smirnov distance {ks}, {count} of “{state}”</source>
      <translation>{step} : loi {family}, moyenne {mean} ({span}), distance de Kolmogorov-Smirnov {ks}, {count} de « {state} »</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/words.py" line="280" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="222" />
      <source>— not in the file —</source>
      <translation>— absente du fichier —</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="27" />
      <source>“{encoding}” is not a text encoding known here</source>
      <translation>« {encoding} » n'est pas un encodage de texte connu ici</translation>
    </message>
    <message>
      <location filename="../../app/files/calibration_dialog.py" line="324" />
      <source>“{name}” cannot be used: {reason}. The file itself is unchanged.</source>
      <translation>« {name} » ne peut pas être utilisé : {reason}. Le fichier lui-même n'est pas modifié.</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="58" />
      <source>“{state}” ({tickets} ticket) matches no step: its times are not used</source>
      <translation>« {state} » ({tickets} ticket) ne correspond à aucune étape : ses durées ne sont pas utilisées</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="96" />
      <source>“{state}” ({tickets} tickets) matches no step: its times are not used</source>
      <translation>« {state} » ({tickets} tickets) ne correspond à aucune étape : ses durées ne sont pas utilisées</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="61" />
      <source>“{state}” could be any of {candidates}: rename one, its times are not used</source>
      <translation>« {state} » peut correspondre à {candidates} : renommez-en une ; ses durées ne sont pas utilisées</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="64" />
      <source>“{state}” has only {count} duration: too few to fit, the step keeps its own</source>
      <translation>« {state} » n’a que {count} durée : trop peu pour un ajustement, l’étape garde la sienne</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="102" />
      <source>“{state}” has only {count} durations: too few to fit, the step keeps its own</source>
      <translation>« {state} » n’a que {count} durées : trop peu pour un ajustement, l’étape garde la sienne</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="74" />
      <source>“{value}” ({tickets} ticket) is not a value of the field “{field}”</source>
      <translation>« {value} » ({tickets} ticket) n’est pas une valeur du champ « {field} »</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="115" />
      <source>“{value}” ({tickets} tickets) is not a value of the field “{field}”</source>
      <translation>« {value} » ({tickets} tickets) n’est pas une valeur du champ « {field} »</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="53" />
      <source>“{value}” in the status history is not state@date</source>
      <translation>« {value} » dans l'historique des statuts n'est pas de la forme statut@date</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="47" />
      <source>“{value}” in {column} is not a date</source>
      <translation>« {value} » dans {column} n'est pas une date</translation>
    </message>
    <message>
      <location filename="../../model/calibrate/tickets.py" line="48" />
      <source>“{value}” in {column} is not a number</source>
      <translation>« {value} » dans {column} n'est pas un nombre</translation>
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
      <location filename="../../canvas/commands/base.py" line="157" />
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
      <location filename="../../canvas/commands/arrange.py" line="53" />
      <location filename="../../canvas/editor.py" line="384" />
      <source>Arrange automatically</source>
      <translation>Disposer automatiquement</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="55" />
      <source>Automated step</source>
      <translation>Étape automatisée</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="61" />
      <source>Backstage</source>
      <translation>Coulisses</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/base.py" line="171" />
      <source>Change</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="397" />
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
      <location filename="../../app/shell/canvas_texts.py" line="59" />
      <location filename="../../export/strings.py" line="44" />
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
      <location filename="../../export/strings.py" line="32" />
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
      <location filename="../../canvas/editor.py" line="445" />
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="499" />
      <source>Edit {field}</source>
      <translation>Modifier {field}</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="51" />
      <location filename="../../export/strings.py" line="36" />
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
      <location filename="../../app/shell/canvas_texts.py" line="60" />
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
      <location filename="../../app/shell/canvas_texts.py" line="64" />
      <location filename="../../export/strings.py" line="49" />
      <source>Lane</source>
      <translation>Couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="16" />
      <location filename="../../export/strings.py" line="41" />
      <source>Line of interaction</source>
      <translation>Ligne d’interaction</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="18" />
      <location filename="../../export/strings.py" line="43" />
      <source>Line of internal interaction</source>
      <translation>Ligne d’interaction interne</translation>
    </message>
    <message>
      <location filename="../../canvas/items/line.py" line="17" />
      <location filename="../../export/strings.py" line="42" />
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
      <location filename="../../export/strings.py" line="38" />
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
      <location filename="../../canvas/editor.py" line="439" />
      <source>Paste</source>
      <translation>Coller</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="63" />
      <location filename="../../export/strings.py" line="37" />
      <location filename="../../export/strings.py" line="48" />
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
      <location filename="../../export/strings.py" line="35" />
      <source>Roadmap</source>
      <translation>Feuille de route</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="49" />
      <location filename="../../export/strings.py" line="34" />
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
      <location filename="../../app/shell/canvas_texts.py" line="56" />
      <source>Self-service step</source>
      <translation>Étape en libre-service</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="41" />
      <source>Show grid</source>
      <translation>Afficher la grille</translation>
    </message>
    <message>
      <location filename="../../canvas/editor.py" line="411" />
      <source>Stage</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="46" />
      <location filename="../../export/strings.py" line="29" />
      <location filename="../../export/strings.py" line="163" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="40" />
      <source>Straight edges</source>
      <translation>Liens droits</translation>
    </message>
    <message>
      <location filename="../../app/shell/canvas_texts.py" line="62" />
      <location filename="../../export/strings.py" line="47" />
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
      <location filename="../../export/strings.py" line="33" />
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
      <location filename="../../export/strings.py" line="50" />
      <source>default</source>
      <translation>par défaut</translation>
    </message>
    <message>
      <location filename="../../canvas/connect_dialog.py" line="72" />
      <source>{count} nodes</source>
      <translation>{count} nœuds</translation>
    </message>
  </context>
  <context>
    <name>CardCommands</name>
    <message>
      <location filename="../../canvas/commands/cards.py" line="44" />
      <source>Add ticket card</source>
      <translation>Ajouter une fiche ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/cards.py" line="61" />
      <source>Delete ticket card</source>
      <translation>Supprimer la fiche ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/cards.py" line="50" />
      <location filename="../../canvas/commands/cards.py" line="55" />
      <source>Edit ticket card</source>
      <translation>Modifier la fiche ticket</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <location filename="../../app/training/card_dialog.py" line="92" />
      <location filename="../../app/training/card_dialog.py" line="105" />
      <source>(not set)</source>
      <translation>(non renseigné)</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="71" />
      <source>Expected path</source>
      <translation>Parcours attendu</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="72" />
      <source>Forget the expected path</source>
      <translation>Oublier le parcours attendu</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="58" />
      <location filename="../../app/training/card_dialog.py" line="145" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="68" />
      <source>No expected path: the quiz compares with the model's own choices.</source>
      <translation>Pas de parcours attendu : le quiz compare avec les choix du modèle.</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="49" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="57" />
      <source>e.g. Password reset by e-mail, P3</source>
      <translation>p. ex. Réinitialisation du mot de passe par e-mail, P3</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="98" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="98" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="116" />
      <source>“{field}” needs a number such as 12 or 3.5; “{text}” is not one.</source>
      <translation>« {field} » attend un nombre, par exemple 12 ou 3,5 ; « {text} » n’en est pas un.</translation>
    </message>
    <message>
      <location filename="../../app/training/card_dialog.py" line="150" />
      <source>“{field}” {reason}.</source>
      <translation>« {field} » {reason}.</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../app/cli/words.py" line="52" />
      <source>(commands: {commands})</source>
      <translation>(commandes : {commands})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="41" />
      <source>--lane-kind {item}: no lane is called “{name}” (lanes: {lanes})</source>
      <translation>--lane-kind {item} : aucun couloir ne s’appelle « {name} » (couloirs : {lanes})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="44" />
      <source>--lane-kind {item}: the kind must be one of {kinds}</source>
      <translation>--lane-kind {item} : le type doit être l’un de ceux-ci : {kinds}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="28" />
      <source>--mapping {item}: not a JSON object of ROLE: COLUMN</source>
      <translation>--mapping {item} : ce n’est pas un objet JSON de la forme RÔLE: COLONNE</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="31" />
      <source>--mapping {item}: not valid JSON (line {line}, column {column})</source>
      <translation>--mapping {item} : ce n’est pas du JSON valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="34" />
      <source>--mapping {item}: write ROLE=COLUMN, or name a JSON file</source>
      <translation>--mapping {item} : écrivez RÔLE=COLONNE, ou indiquez un fichier JSON</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="37" />
      <source>--mapping {item}: “{role}” is not a role ({roles})</source>
      <translation>--mapping {item} : « {role} » n’est pas un rôle ({roles})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="78" />
      <source>--scale applies to posters: add --tile</source>
      <translation>--scale s’applique aux affiches : ajoutez --tile</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="38" />
      <source>--scenario {id}: no such scenario (scenarios: {ids})</source>
      <translation>--scenario {id} : ce scénario n’existe pas (scénarios : {ids})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="60" />
      <source>QT_QPA_PLATFORM={platform} shows no window</source>
      <translation>QT_QPA_PLATFORM={platform} n’affiche aucune fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="72" />
      <source>Simulating the default settings for the report…</source>
      <translation>Simulation des réglages par défaut pour le rapport…</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="71" />
      <source>Simulating “{scenario}” for the report…</source>
      <translation>Simulation de « {scenario} » pour le rapport…</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="109" />
      <source>Utilisation: {pools}</source>
      <translation>Utilisation : {pools}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="61" />
      <source>WAYLAND_DISPLAY is not set</source>
      <translation>WAYLAND_DISPLAY n’est pas défini</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="96" />
      <source>a {width} × {height} pixel image is too large; use a lower --dpi</source>
      <translation>une image de {width} × {height} pixels est trop grande ; indiquez un --dpi plus faible</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="27" />
      <source>cannot calibrate from {where}{reason}</source>
      <translation>calibration impossible à partir de {where}{reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="26" />
      <source>cannot import {reason}</source>
      <translation>import impossible : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="55" />
      <source>cannot open the window: {problem}.
The commands validate, templates, new, simulate, export, import, calibrate and desktop-install work without a display (see 'blueprint-studio --help').</source>
      <translation>impossible d’ouvrir la fenêtre : {problem}.
Les commandes validate, templates, new, simulate, export, import, calibrate et desktop-install fonctionnent sans écran (voir « blueprint-studio --help »).</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="54" />
      <source>cannot open {file}: it is a folder, not a blueprint file</source>
      <translation>impossible d’ouvrir {file} : c’est un dossier, pas un fichier blueprint</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="53" />
      <source>cannot open {file}: no such file</source>
      <translation>impossible d’ouvrir {file} : ce fichier n’existe pas</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="85" />
      <source>cannot read {reason}</source>
      <translation>lecture impossible : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="83" />
      <source>cannot read {where}: {reason}</source>
      <translation>lecture impossible de {where} : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="89" />
      <source>could not save {name}: {reason}; the file on disk is unchanged</source>
      <translation>impossible d’enregistrer {name} : {reason} ; le fichier sur le disque n’a pas été modifié</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="101" />
      <source>could not write {name}: the disk refused the data</source>
      <translation>impossible d’écrire {name} : le disque a refusé les données</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="100" />
      <source>could not write {name}: {reason}</source>
      <translation>impossible d’écrire {name} : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="62" />
      <source>no display (DISPLAY is not set)</source>
      <translation>aucun écran (DISPLAY n’est pas défini)</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="110" />
      <source>no scenario “{name}” in this blueprint (scenarios: {names})</source>
      <translation>aucun scénario « {name} » dans ce blueprint (scénarios : {names})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="113" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="75" />
      <source>nothing to export: give --pdf, --svg or --png OUT</source>
      <translation>rien à exporter : indiquez --pdf, --svg ou --png suivi du fichier à écrire</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="65" />
      <source>nothing to remove in {folder}</source>
      <translation>rien à supprimer dans {folder}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="68" />
      <source>ran {command}</source>
      <translation>exécuté : {command}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="69" />
      <source>ran {command} (failed, exit {status})</source>
      <translation>exécuté : {command} (échec, code de sortie {status})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="66" />
      <source>removed {path}</source>
      <translation>supprimé : {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="63" />
      <source>the display {display} does not answer</source>
      <translation>l’écran {display} ne répond pas</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="105" />
      <source>the export was cancelled</source>
      <translation>l’export a été annulé</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="82" />
      <location filename="../../app/cli/words.py" line="99" />
      <source>the folder {folder} does not exist</source>
      <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="93" />
      <source>the resolution must be between 24 and 1200 dpi, not {dpi}</source>
      <translation>la résolution doit être comprise entre 24 et 1200 dpi, et non {dpi}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="107" />
      <source>the warm-up must be shorter than the horizon</source>
      <translation>la mise en régime doit être plus courte que l’horizon</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="46" />
      <source>unknown command '{word}' {hint}
Run 'blueprint-studio --help' for the commands, or name a {suffix} file to open it in the window.</source>
      <translation>commande « {word} » inconnue {hint}
Lancez « blueprint-studio --help » pour la liste des commandes, ou indiquez un fichier {suffix} pour l’ouvrir dans la fenêtre.</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="86" />
      <source>unknown template “{name}” (available: {names})</source>
      <translation>modèle « {name} » inconnu (disponibles : {names})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="67" />
      <source>wrote {path}</source>
      <translation>écrit : {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="102" />
      <source>you are not allowed to write in the folder {folder}</source>
      <translation>vous n’avez pas le droit d’écrire dans le dossier {folder}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="114" />
      <source>{file}: cannot simulate ({errors})</source>
      <translation>{file} : simulation impossible ({errors})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="73" />
      <source>{file}: cannot simulate for the report ({errors})</source>
      <translation>{file} : simulation impossible pour le rapport ({errors})</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="24" />
      <source>{file}: {errors}, {warnings}</source>
      <translation>{file} : {errors}, {warnings}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="25" />
      <source>{file}: {nodes}, {lanes}; {notes}, {errors}, {warnings}</source>
      <translation>{file} : {nodes}, {lanes} ; {notes}, {errors}, {warnings}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="74" />
      <source>{file}: {pages}</source>
      <translation>{file} : {pages}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="84" />
      <source>{file}: {place}</source>
      <translation>{file} : {place}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="88" />
      <source>{option}: {reason}</source>
      <translation>{option} : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="87" />
      <source>{out} already exists; choose another name or add --force</source>
      <translation>{out} existe déjà ; choisissez un autre nom ou ajoutez --force</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="79" />
      <source>{out} is a folder; give a file name ending in {suffix}</source>
      <translation>{out} est un dossier ; indiquez un nom de fichier se terminant par {suffix}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="108" />
      <source>{span}; {loop}</source>
      <translation>{span} ; {loop}</translation>
    </message>
    <message>
      <location filename="../../app/cli/words.py" line="51" />
      <source>— did you mean '{command}'?</source>
      <translation>— vouliez-vous dire « {command} » ?</translation>
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
      <translation>A :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>B − A (95 % interval)</source>
      <translation>B − A (intervalle à 95 %)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="74" />
      <source>B:</source>
      <translation>B :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="84" />
      <source>Both run with the same random numbers (common random numbers): B takes A's seed and replications, so a difference comes from the scenarios, not from chance. Marked ✔: the 95 % interval excludes zero.</source>
      <translation>Les deux simulations utilisent les mêmes nombres aléatoires : B reprend la graine et les réplications de A, donc une différence vient des scénarios et non du hasard. Marqué ✔ : l’intervalle à 95 % exclut zéro.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="70" />
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="62" />
      <source>Compare scenarios</source>
      <translation>Comparer des scénarios</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>KPI</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="140" />
      <source>No comparison for {title} yet: pick A and B, then Compare.</source>
      <translation>Pas encore de comparaison pour « {title} » : choisissez A et B, puis Comparer.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="95" />
      <source>Real?</source>
      <translation>Réel ?</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="101" />
      <source>Show the change in waits on the blueprint</source>
      <translation>Afficher la variation des attentes sur le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/simulation/compare.py" line="151" />
      <source>{title}: compared {when}.</source>
      <translation>« {title} » : comparaison lancée {when}.</translation>
    </message>
  </context>
  <context>
    <name>ConditionBuilder</name>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="357" />
      <source>Add a condition</source>
      <translation>Ajouter une condition</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="359" />
      <source>Add a line: a field, how it compares and a value</source>
      <translation>Ajouter une ligne : un champ, une comparaison et une valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="367" />
      <source>As text:</source>
      <translation>En texte :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="523" />
      <source>Column {column}: {message}</source>
      <translation>Colonne {column} : {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="445" />
      <source>Edit it as text: it cannot be read yet.</source>
      <translation>Modifiez-la en texte : elle ne peut pas encore être lue.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="365" />
      <source>Empty: every ticket</source>
      <translation>Vide : tous les tickets</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="172" />
      <source>How the field is compared</source>
      <translation>Comment le champ est comparé</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="177" />
      <location filename="../../canvas/settings/condition_builder.py" line="178" />
      <source>Remove this line</source>
      <translation>Supprimer cette ligne</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="280" />
      <source>The number compared with, in the field's unit</source>
      <translation>Le nombre de comparaison, dans l’unité du champ</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="366" />
      <source>The same condition as text, e.g. priority in ("P1", "P2")</source>
      <translation>La même condition sous forme de texte, par exemple priority in ("P1", "P2")</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="284" />
      <source>The text compared with, exactly as written</source>
      <translation>Le texte de comparaison, tel quel</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="167" />
      <source>The ticket field this line tests</source>
      <translation>Le champ du ticket testé par cette ligne</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="272" />
      <source>The value compared with</source>
      <translation>La valeur de comparaison</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="256" />
      <source>Tick the values that match (Space ticks the current one)</source>
      <translation>Cochez les valeurs retenues (Espace coche la valeur sélectionnée)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="349" />
      <source>Tickets where</source>
      <translation>Tickets remplissant</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="443" />
      <source>Too complex for lines; edit it as text. It reads: {words}</source>
      <translation>Trop complexe pour des lignes ; modifiez-la en texte. Elle se lit : {words}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="348" />
      <source>Whether every line must hold, or one is enough</source>
      <translation>Toutes les lignes doivent être vraies, ou une seule suffit</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="346" />
      <source>all of these</source>
      <translation>toutes ces conditions</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="347" />
      <source>any of these</source>
      <translation>au moins une de ces conditions</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="50" />
      <source>is</source>
      <translation>est</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="57" />
      <source>is at least</source>
      <translation>est au moins</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="55" />
      <source>is at most</source>
      <translation>est au plus</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="54" />
      <source>is less than</source>
      <translation>est inférieur à</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="56" />
      <source>is more than</source>
      <translation>est supérieur à</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="53" />
      <source>is none of</source>
      <translation>n’est aucune des valeurs</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="51" />
      <source>is not</source>
      <translation>n’est pas</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="52" />
      <source>is one of</source>
      <translation>est l’une des valeurs</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="267" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/condition_builder.py" line="267" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
  </context>
  <context>
    <name>Conditions</name>
    <message>
      <location filename="../../model/words.py" line="28" />
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="35" />
      <source> nor </source>
      <translation> ni </translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="29" />
      <source> or </source>
      <translation> ou </translation>
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
      <translation> : </translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="23" />
      <source>Customer replied</source>
      <translation>Réponse du client</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="22" />
      <source>Customer satisfied</source>
      <translation>Client satisfait</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="41" />
      <source>always</source>
      <translation>toujours</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="48" />
      <source>approval</source>
      <translation>validation</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="39" />
      <source>at least {}</source>
      <translation>au moins {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="37" />
      <source>at most {}</source>
      <translation>au plus {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="46" />
      <source>condition to fix</source>
      <translation>condition à corriger</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="42" />
      <source>default</source>
      <translation>par défaut</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="45" />
      <source>if {}</source>
      <translation>si {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="36" />
      <source>less than {}</source>
      <translation>moins de {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="38" />
      <source>more than {}</source>
      <translation>plus de {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="49" />
      <source>needs approval</source>
      <translation>validation requise</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="34" />
      <source>neither {}</source>
      <translation>ni {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="43" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="32" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="44" />
      <source>not</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="33" />
      <source>not {}</source>
      <translation>autre que {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="40" />
      <source>same as {}</source>
      <translation>identique à {}</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="31" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
  </context>
  <context>
    <name>ContactWords</name>
    <message>
      <location filename="../../model/contact_words.py" line="33" />
      <source>A follow-up arrives as a new ticket: it is a duplicate of the customer's open ticket until someone recognises it and merges it.</source>
      <translation>Une relance arrive comme un nouveau ticket : c’est un doublon du ticket ouvert du client jusqu’à ce que quelqu’un la reconnaisse et la fusionne.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="28" />
      <source>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through another intake, one without a title.</source>
      <translation>Relances : pour {share} des tickets ouverts ici, le client relance tant que le ticket est ouvert, environ {time} après son ouverture, par un autre canal d’entrée, sans titre.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="23" />
      <source>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through this channel again.</source>
      <translation>Relances : pour {share} des tickets ouverts ici, le client relance tant que le ticket est ouvert, environ {time} après son ouverture, par ce même canal.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="18" />
      <source>Follow-ups: for {share} of the tickets that open here, the customer writes again while the ticket is open, about {time} after it opened, through “{channel}”.</source>
      <translation>Relances : pour {share} des tickets ouverts ici, le client relance tant que le ticket est ouvert, environ {time} après son ouverture, par « {channel} ».</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="38" />
      <source>Merge: check whether the customer already has an open ticket. {share} of follow-ups are recognised here and merged into it, which takes {time} more; the others go on as duplicate tickets, worked, then merged when they are done.</source>
      <translation>Fusion : vérifiez si le client a déjà un ticket ouvert. {share} des relances sont reconnues ici et fusionnées avec lui, ce qui prend {time} de plus ; les autres continuent comme tickets en doublon, traités, puis fusionnés une fois terminés.</translation>
    </message>
    <message>
      <location filename="../../model/contact_words.py" line="44" />
      <source>Merge: check whether the customer already has an open ticket. {share} of follow-ups are recognised here and merged into it; the others go on as duplicate tickets, worked, then merged when they are done.</source>
      <translation>Fusion : vérifiez si le client a déjà un ticket ouvert. {share} des relances sont reconnues ici et fusionnées avec lui ; les autres continuent comme tickets en doublon, traités, puis fusionnés une fois terminés.</translation>
    </message>
  </context>
  <context>
    <name>ContactsForm</name>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="117" />
      <source>&amp;Detection time:</source>
      <translation>&amp;Temps de détection :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="98" />
      <source>&amp;Merge follow-ups here</source>
      <translation>&amp;Fusionner les relances ici</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="117" />
      <source>&amp;Recognised:</source>
      <translation>&amp;Reconnues :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="59" />
      <source>&amp;Share of tickets:</source>
      <translation>&amp;Part des tickets :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="60" />
      <source>&amp;Through:</source>
      <translation>&amp;Par :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="61" />
      <source>After (minutes since opening):</source>
      <translation>Après (minutes depuis l’ouverture) :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="101" />
      <source>At this step, follow-ups recognised as a customer's open ticket are merged into it</source>
      <translation>À cette étape, les relances reconnues comme le ticket ouvert d’un client y sont fusionnées</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="38" />
      <source>Customers &amp;write again</source>
      <translation>Les clients &amp;relancent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="53" />
      <source>Minutes from the ticket's opening to the follow-up</source>
      <translation>Minutes entre l’ouverture du ticket et la relance</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="114" />
      <source>Minutes the agent spends to find and merge a recognised follow-up</source>
      <translation>Minutes passées par l’agent à retrouver et fusionner une relance reconnue</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="107" />
      <source>Share of follow-ups recognised here, in %; the others become duplicate tickets, worked, then merged when they are done</source>
      <translation>Part des relances reconnues ici, en % ; les autres deviennent des tickets en doublon, traités, puis fusionnés une fois terminés</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="47" />
      <source>Share of this intake's tickets, in %, whose customer writes again while the ticket is open; each follow-up has the same chance of another</source>
      <translation>Part des tickets de ce canal d’entrée, en %, dont le client relance tant que le ticket est ouvert ; chaque relance a la même probabilité d’être suivie d’une autre</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="41" />
      <source>Some customers contact the help desk again while their ticket is still open: a follow-up</source>
      <translation>Certains clients recontactent le support alors que leur ticket est encore ouvert : une relance</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="56" />
      <source>The channel the follow-ups come through</source>
      <translation>Le canal par lequel arrivent les relances</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="74" />
      <source>an intake that no longer exists</source>
      <translation>un canal d’entrée qui n’existe plus</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="111" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/contacts_form.py" line="70" />
      <source>the same intake</source>
      <translation>le même canal d’entrée</translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message>
      <location filename="../../model/words.py" line="96" />
      <source>{n} branch</source>
      <translation>{n} branche</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="96" />
      <source>{n} branches</source>
      <translation>{n} branches</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="65" />
      <source>{n} duration</source>
      <translation>{n} durée</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="65" />
      <source>{n} durations</source>
      <translation>{n} durées</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="66" />
      <source>{n} error</source>
      <translation>{n} erreur</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="66" />
      <source>{n} errors</source>
      <translation>{n} erreurs</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="87" />
      <source>{n} import note</source>
      <translation>{n} remarque d’import</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="88" />
      <source>{n} import notes</source>
      <translation>{n} remarques d’import</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="91" />
      <source>{n} intake</source>
      <translation>{n} entrée</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="91" />
      <source>{n} intakes</source>
      <translation>{n} entrées</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="85" />
      <source>{n} lane</source>
      <translation>{n} couloir</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="85" />
      <source>{n} lanes</source>
      <translation>{n} couloirs</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="84" />
      <source>{n} node</source>
      <translation>{n} nœud</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="84" />
      <source>{n} nodes</source>
      <translation>{n} nœuds</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="90" />
      <source>{n} page</source>
      <translation>{n} page</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="90" />
      <source>{n} pages</source>
      <translation>{n} pages</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="77" />
      <source>{n} paired replication</source>
      <translation>{n} réplication appariée</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="78" />
      <source>{n} paired replications</source>
      <translation>{n} réplications appariées</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="73" />
      <source>{n} replication</source>
      <translation>{n} réplication</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="74" />
      <source>{n} replications</source>
      <translation>{n} réplications</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="93" />
      <source>{n} step or wait</source>
      <translation>{n} étape ou attente</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="94" />
      <source>{n} steps or waits</source>
      <translation>{n} étapes ou attentes</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="63" />
      <source>{n} ticket</source>
      <translation>{n} ticket</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="98" />
      <source>{n} ticket field</source>
      <translation>{n} champ de ticket</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="99" />
      <source>{n} ticket fields</source>
      <translation>{n} champs de ticket</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="63" />
      <source>{n} tickets</source>
      <translation>{n} tickets</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="69" />
      <source>{n} validation error</source>
      <translation>{n} erreur de validation</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="70" />
      <source>{n} validation errors</source>
      <translation>{n} erreurs de validation</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="81" />
      <source>{n} variation</source>
      <translation>{n} variante</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="82" />
      <source>{n} variations</source>
      <translation>{n} variantes</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="67" />
      <source>{n} warning</source>
      <translation>{n} avertissement</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="67" />
      <source>{n} warnings</source>
      <translation>{n} avertissements</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="64" />
      <source>{n} week</source>
      <translation>{n} semaine</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="64" />
      <source>{n} weeks</source>
      <translation>{n} semaines</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="502" />
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="503" />
      <source> or </source>
      <translation> ou </translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="451" />
      <source>'{token}' is not expected here</source>
      <translation>« {token} » n’est pas attendu ici</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="126" />
      <source>A link goes into {subject}, but an intake only starts tickets: connect that link to a step instead.</source>
      <translation>Un lien entre dans {subject}, mais une entrée ne fait que créer des tickets : reliez plutôt ce lien à une étape.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="323" />
      <source>A sequence flow of the file joins {subject} to an element that has no equal in a blueprint: it was left out; draw the link again if tickets go that way.</source>
      <translation>Un flux de séquence du fichier relie {subject} à un élément sans équivalent dans un blueprint : il n’a pas été repris ; tracez à nouveau le lien si les tickets passent par là.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="414" />
      <source>Erlang</source>
      <translation>d’Erlang</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="55" />
      <source>Loop with no way out: tickets that enter it ({subjects}) can never reach an end. Connect one of them to a step that leads to an end.</source>
      <translation>Boucle sans sortie : les tickets qui y entrent ({subjects}) ne peuvent jamais atteindre une fin. Reliez l’un de ces nœuds à une étape qui mène à une fin.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="48" />
      <source>No ticket can reach {subject}: connect a step that comes before it, or delete it.</source>
      <translation>Aucun ticket ne peut atteindre {subject} : reliez-y une étape qui la précède, ou supprimez-la.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="75" />
      <source>Several branches of {subject} have no condition, and only the first one will ever be taken: give the others a condition or a probability, or delete them.</source>
      <translation>Plusieurs branches de {subject} n’ont pas de condition, et seule la première sera jamais prise : donnez aux autres une condition ou une probabilité, ou supprimez-les.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="282" />
      <source>Spread too large for {subject} ({setting}): its values cannot be computed; use a smaller standard deviation.</source>
      <translation>Dispersion trop grande pour {subject} ({setting}) : ses valeurs ne peuvent pas être calculées ; réduisez l’écart-type.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="250" />
      <source>The approval of {subject} sends rejected tickets back to the intake it leaves: choose a rejection path in its approval.</source>
      <translation>L’approbation de {subject} renvoie les tickets refusés au canal d’entrée qu’elle quitte : choisissez un chemin de refus dans son approbation.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="242" />
      <source>The approval of {subject} sends rejected tickets to a node that no longer exists: choose another rejection path in its approval.</source>
      <translation>L’approbation de {subject} envoie les tickets refusés vers un élément qui n’existe plus : choisissez un autre chemin de refus dans son approbation.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="246" />
      <source>The approval of {subject} sends rejected tickets to {target}, where no ticket can go: choose a step, a decision, a wait or an end.</source>
      <translation>L’approbation de {subject} envoie les tickets refusés vers {target}, où aucun ticket ne peut aller : choisissez une étape, une décision, une attente ou une fin.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="67" />
      <source>The branch probabilities of {subject} add up to {total}, not 100 %: change them so that they add up to 100 %, or make one branch the default.</source>
      <translation>Les probabilités des branches de {subject} totalisent {total}, et non 100 % : modifiez-les pour que leur total fasse 100 %, ou faites d’une branche la branche par défaut.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="359" />
      <source>The branch probabilities of {subject} in the file added up to {total}: they were scaled to add up to 100 %.</source>
      <translation>Les probabilités des branches de {subject} totalisaient {total} dans le fichier : elles ont été ramenées à un total de 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="71" />
      <source>The branches of {subject} mix conditions and probabilities, and conditions are always tried first: use either conditions or probabilities on its branches.</source>
      <translation>Les branches de {subject} mêlent conditions et probabilités, et les conditions sont toujours essayées d’abord : utilisez soit des conditions, soit des probabilités sur ses branches.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="339" />
      <source>The condition “{condition}” of {subject} does not test the ticket fields of the document: the branches of its decision were given shares instead. Write the condition again in the properties panel if it matters.</source>
      <translation>La condition « {condition} » de {subject} ne porte pas sur les champs du ticket du document : les branches de sa décision ont reçu des parts à la place. Réécrivez la condition dans le panneau des propriétés si elle compte.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="210" />
      <source>The escalation ladder of {subject} follows the first-response target, but the policy sets none: nothing will escalate. Set a first-response target, or have the ladder follow the resolution.</source>
      <translation>L’échelle d’escalade de {subject} suit le délai de première réponse, mais la politique n’en fixe aucun : rien ne sera escaladé. Fixez un délai de première réponse, ou faites suivre à l’échelle le délai de résolution.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="206" />
      <source>The escalation ladder of {subject} follows the resolution target, but the policy sets none: nothing will escalate. Set a resolution target, or have the ladder follow the first response.</source>
      <translation>L’échelle d’escalade de {subject} suit le délai de résolution, mais la politique n’en fixe aucun : rien ne sera escaladé. Fixez un délai de résolution, ou faites suivre à l’échelle le délai de première réponse.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="218" />
      <source>The escalation ladder of {subject} names where to re-assign late tickets, but a step's ladder always sends them to the step's escalation target: remove the re-assignment from the ladder.</source>
      <translation>L’échelle d’escalade de {subject} indique où réaffecter les tickets en retard, mais l’échelle d’une étape les envoie toujours vers la cible d’escalade de l’étape : retirez la réaffectation de l’échelle.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="202" />
      <source>The escalation ladder of {subject} raises {field} to {value}, which is not one of its values: choose one of {allowed}.</source>
      <translation>L’échelle d’escalade de {subject} passe {field} à {value}, qui n’en est pas une valeur : choisissez parmi {allowed}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="186" />
      <source>The escalation ladder of {subject} re-assigns late tickets both to a pool and to a step: choose one of them.</source>
      <translation>L’échelle d’escalade de {subject} réaffecte les tickets en retard à la fois à une équipe et à une étape : choisissez l’une ou l’autre.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="194" />
      <source>The escalation ladder of {subject} re-assigns late tickets to a step that no longer exists: choose another step in Edit › Blueprint settings › SLA policies.</source>
      <translation>L’échelle d’escalade de {subject} réaffecte les tickets en retard à une étape qui n’existe plus : choisissez une autre étape dans Édition › Paramètres du blueprint › Politiques de SLA.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="190" />
      <source>The escalation ladder of {subject} re-assigns late tickets to an agent pool that no longer exists: choose another pool in Edit › Blueprint settings › SLA policies.</source>
      <translation>L’échelle d’escalade de {subject} réaffecte les tickets en retard à une équipe d’agents qui n’existe plus : choisissez une autre équipe dans Édition › Paramètres du blueprint › Politiques de SLA.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="198" />
      <source>The escalation ladder of {subject} re-assigns late tickets to {target}, which is not a step: choose a step done by agents.</source>
      <translation>L’échelle d’escalade de {subject} réaffecte les tickets en retard à {target}, qui n’est pas une étape : choisissez une étape traitée par des agents.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="182" />
      <source>The escalation ladder of {subject} warns at {percent} % of the target: choose a warning from 1 to 99 % of the target, or no warning.</source>
      <translation>L’échelle d’escalade de {subject} alerte à {percent} % de l’objectif : choisissez une alerte entre 1 et 99 % de l’objectif, ou aucune alerte.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="178" />
      <source>The expected path of {subject} does not follow the links from an intake: walk the card again in the training workspace and save the path walked, or forget its expected path.</source>
      <translation>Le parcours attendu de {subject} ne suit pas les liens depuis une entrée : rejouez la fiche dans l’espace de formation et enregistrez le parcours suivi, ou oubliez son parcours attendu.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="392" />
      <source>The file gave {subject} no branch probabilities (BPSim) for {count} branches: they were given equal shares; set the real shares in the properties panel.</source>
      <translation>Le fichier ne donnait pas à {subject} de probabilités (BPSim) pour {count} branches : elles ont reçu des parts égales ; indiquez les parts réelles dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="355" />
      <source>The file gave {subject} no branch probability (BPSim) for {count} branch: it was given an equal share; set the real shares in the properties panel.</source>
      <translation>Le fichier ne donnait pas à {subject} de probabilité (BPSim) pour {count} branche : elle a reçu une part égale ; indiquez les parts réelles dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="16" />
      <source>The flow has no end: tickets can never be closed. Add an end and connect the last steps to it.</source>
      <translation>Le flux n’a pas de fin : les tickets ne peuvent jamais être clôturés. Ajoutez une fin et reliez-y les dernières étapes.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="12" />
      <source>The flow has no intake: tickets cannot arrive anywhere. Add an intake (e-mail, phone, chat or portal) from the palette.</source>
      <translation>Le flux n’a pas d’entrée : les tickets ne peuvent arriver nulle part. Ajoutez une entrée (e-mail, téléphone, chat ou portail) depuis la palette.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="226" />
      <source>The follow-ups of {subject} come through an intake that no longer exists: choose another channel in its follow-up contacts.</source>
      <translation>Les relances de {subject} arrivent par un canal d’entrée qui n’existe plus : choisissez un autre canal dans ses relances des clients.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="230" />
      <source>The follow-ups of {subject} come through {target}, which is not an intake: choose an intake as their channel.</source>
      <translation>Les relances de {subject} arrivent par {target}, qui n’est pas un canal d’entrée : choisissez un canal d’entrée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="319" />
      <source>The group {name} was left out: a blueprint has no groups; use lanes or stages to gather steps.</source>
      <translation>Le groupe {name} n’a pas été repris : un blueprint n’a pas de groupes ; regroupez les étapes avec des couloirs ou des phases.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="146" />
      <source>The lane order breaks the lines of interaction, visibility and internal interaction: {subject} ({above}) sits above {second} ({below}). Drag the lanes into the order customer, frontstage, backstage, support.</source>
      <translation>L’ordre des couloirs rompt les lignes d’interaction, de visibilité et d’interaction interne : {subject} ({above}) est au-dessus de {second} ({below}). Faites glisser les couloirs dans l’ordre client, première ligne, coulisses, support.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="363" />
      <source>The message {name} between {subject} and {second} crosses from one pool to another: tickets do not follow messages, so it was left out of the flow. Draw a link if tickets go that way.</source>
      <translation>Le message {name} entre {subject} et {second} passe d’un participant à un autre : les tickets ne suivent pas les messages, il n’a donc pas été repris dans le flux. Tracez un lien si les tickets passent par là.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="79" />
      <source>The {slot} of {subject} cannot be read at character {column}: {detail}. Correct it in the properties panel.</source>
      <translation>La {slot} de {subject} est illisible au caractère {column} : {detail}. Corrigez-la dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="91" />
      <source>The {slot} of {subject} compares values of different kinds or is not a yes/no test (character {column}): compare a field with one of its own values.</source>
      <translation>La {slot} de {subject} compare des valeurs de types différents ou n’est pas un test oui/non (caractère {column}) : comparez un champ avec l’une de ses propres valeurs.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="87" />
      <source>The {slot} of {subject} uses the value {value}, which {field} does not allow: choose one of {allowed}.</source>
      <translation>La {slot} de {subject} utilise la valeur {value}, que {field} n’autorise pas : choisissez parmi {allowed}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="83" />
      <source>The {slot} of {subject} uses {field}, which is not a ticket field: choose one of the ticket fields, or add it in Edit › Blueprint settings › Ticket fields.</source>
      <translation>La {slot} de {subject} utilise {field}, qui n’est pas un champ de ticket : choisissez l’un des champs de ticket, ou ajoutez-le dans Édition › Paramètres du blueprint › Champs de ticket.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="266" />
      <source>Tickets that enter the loop {nodes} can never leave it: the branch probabilities, or the survey's answer, never lead to a way out. Give one of its branches a way out.</source>
      <translation>Les tickets qui entrent dans la boucle {nodes} ne peuvent jamais en sortir : les probabilités des branches, ou la réponse à l’enquête, ne mènent jamais vers une sortie. Donnez une sortie à l’une de ses branches.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="278" />
      <source>Too long for {subject} ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.</source>
      <translation>Durée trop longue pour {subject} ({setting}) : {days} jours en moyenne, au-delà des {limit} jours acceptés par le simulateur. Les durées sont en minutes.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="274" />
      <source>Too many arrivals at {subject} ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most). Lower its arrival rate.</source>
      <translation>Trop d’arrivées à {subject} ({setting}) : {rate} tickets par heure, plus que le simulateur ne peut traiter ({limit} par heure au maximum). Réduisez son taux d’arrivée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="415" />
      <source>Weibull</source>
      <translation>de Weibull</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="462" />
      <source>a closing parenthesis is missing there</source>
      <translation>il manque une parenthèse fermante à cet endroit</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="490" />
      <source>a missing node</source>
      <translation>un nœud manquant</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="449" />
      <source>a quote is not closed</source>
      <translation>un guillemet n’est pas fermé</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="460" />
      <location filename="../../app/shell/diagnostic_texts.py" line="461" />
      <source>a value is missing there</source>
      <translation>il manque une valeur à cet endroit</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="463" />
      <source>an opening parenthesis is missing there</source>
      <translation>il manque une parenthèse ouvrante à cet endroit</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="428" />
      <source>arrival rate</source>
      <translation>taux d’arrivée</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="429" />
      <source>busiest hour of the weekly schedule</source>
      <translation>heure la plus chargée du planning hebdomadaire</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="453" />
      <source>comparisons cannot be chained; join them with 'and'</source>
      <translation>les comparaisons ne peuvent pas être enchaînées ; reliez-les avec « and »</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="439" />
      <source>condition</source>
      <translation>condition</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="424" />
      <source>customer patience</source>
      <translation>patience du client</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="422" />
      <source>customer response time</source>
      <translation>délai de réponse du client</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="425" />
      <source>distribution of this field</source>
      <translation>distribution de ce champ</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="420" />
      <source>duration</source>
      <translation>durée</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="421" />
      <source>duration of a rule</source>
      <translation>durée d’une règle</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="494" />
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="452" />
      <source>expected {expected}</source>
      <translation>{expected} attendu</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="413" />
      <source>gamma</source>
      <translation>gamma</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="440" />
      <source>guard</source>
      <translation>garde</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="433" />
      <source>it does not exist</source>
      <translation>elle n’existe pas</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="445" />
      <source>it is empty</source>
      <translation>elle est vide</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="447" />
      <source>it is nested too deeply</source>
      <translation>elle est trop imbriquée</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="434" />
      <source>it is not a process node</source>
      <translation>ce n’est pas un nœud du processus</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="446" />
      <source>it is too long</source>
      <translation>elle est trop longue</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="500" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="435" />
      <source>no end can be reached from it</source>
      <translation>aucune fin n’est accessible depuis elle</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="411" />
      <source>normal</source>
      <translation>normale</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="441" />
      <source>rule</source>
      <translation>règle</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="484" />
      <source>the SLA {name}</source>
      <translation>le SLA {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="485" />
      <source>the calendar {name}</source>
      <translation>le calendrier {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="448" />
      <source>the character {character} is not allowed</source>
      <translation>le caractère {character} n’est pas autorisé</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="471" />
      <source>the decision {name}</source>
      <translation>la décision {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="475" />
      <source>the end {name}</source>
      <translation>la fin {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="476" />
      <source>the evidence {name}</source>
      <translation>la preuve matérielle {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="469" />
      <source>the intake {name}</source>
      <translation>l’entrée {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="480" />
      <source>the lane {name}</source>
      <translation>le couloir {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="478" />
      <source>the link from {source} to {target}</source>
      <translation>le lien de {source} vers {target}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="479" />
      <source>the link {name} from {source} to {target}</source>
      <translation>le lien {name} de {source} vers {target}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="477" />
      <source>the note {name}</source>
      <translation>la note {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="482" />
      <source>the pool of the lane {lane}</source>
      <translation>l’équipe du couloir {lane}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="481" />
      <source>the pool {name}</source>
      <translation>l’équipe {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="474" />
      <source>the roadmap {name}</source>
      <translation>la feuille de route {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="473" />
      <source>the satisfaction survey {name}</source>
      <translation>l’enquête de satisfaction {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="483" />
      <source>the scenario {name}</source>
      <translation>le scénario {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="470" />
      <source>the step {name}</source>
      <translation>l’étape {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="486" />
      <source>the ticket card {name}</source>
      <translation>la fiche ticket {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="472" />
      <source>the wait {name}</source>
      <translation>l’attente {name}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="491" />
      <source>this element</source>
      <translation>cet élément</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="450" />
      <source>this value is too long</source>
      <translation>cette valeur est trop longue</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="423" />
      <source>time between arrivals</source>
      <translation>temps entre deux arrivées</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="426" />
      <source>time limit</source>
      <translation>délai maximal</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="427" />
      <source>timeout</source>
      <translation>délai d’attente maximal</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="412" />
      <source>truncated normal</source>
      <translation>normale tronquée</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="495" />
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="499" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="295" />
      <source>{count} step had no processing time in the file (BPSim): {subjects}. It takes 10 minutes on average for now; set its duration in the properties panel.</source>
      <translation>{count} étape sans durée de traitement dans le fichier (BPSim) : {subjects}. Elle dure pour l’instant 10 minutes en moyenne ; indiquez sa durée dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="378" />
      <source>{count} steps had no processing time in the file (BPSim): {subjects}. Each takes 10 minutes on average for now; set their durations in the properties panel.</source>
      <translation>{count} étapes sans durée de traitement dans le fichier (BPSim) : {subjects}. Chacune dure pour l’instant 10 minutes en moyenne ; indiquez leurs durées dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="501" />
      <source>{field} {value}</source>
      <translation>{field} {value}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="489" />
      <source>{number} (untitled)</source>
      <translation>{number} (sans titre)</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="270" />
      <source>{pool} has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.</source>
      <translation>{pool} a plus de travail que d’agents : d’après l’estimation par la théorie des files d’attente, elle serait occupée {utilisation} % du temps, et sa file d’attente grossit sans fin. Ajoutez des agents ou réduisez les arrivées.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="110" />
      <source>{pool} has no agents at any time, but tickets reach {second}, a step it serves: give the pool agents, or a shift with agents on duty.</source>
      <translation>{pool} n’a aucun agent à aucun moment, mais des tickets arrivent à {second}, une étape qu’elle traite : donnez des agents à l’équipe, ou un horaire avec des agents de service.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="504" />
      <source>{severity}: {message}</source>
      <translation>{severity} : {message}</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="335" />
      <source>{subject} could send a ticket down several paths at once (inclusive gateway): a ticket now takes one path only, the first whose condition holds or by its share.</source>
      <translation>{subject} pouvait envoyer un ticket sur plusieurs chemins à la fois (passerelle inclusive) : un ticket n’en prend désormais qu’un seul, le premier dont la condition est vraie ou selon sa part.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="154" />
      <source>{subject} counts business hours, but has no calendar: choose the calendar whose opening hours it counts, or count every hour.</source>
      <translation>{subject} compte les heures ouvrées, mais n’a pas de calendrier : choisissez le calendrier dont il compte les heures d’ouverture, ou comptez toutes les heures.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="170" />
      <source>{subject} counts the business hours of {second}, which has no opening hours, so its clock would never run: give the calendar opening hours, or choose another one.</source>
      <translation>{subject} compte les heures ouvrées de {second}, qui n’a aucune heure d’ouverture : son délai ne courrait jamais. Donnez des heures d’ouverture au calendrier, ou choisissez-en un autre.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="158" />
      <source>{subject} counts the hours of a calendar that no longer exists: choose another calendar, or count every hour.</source>
      <translation>{subject} compte les heures d’un calendrier qui n’existe plus : choisissez un autre calendrier, ou comptez toutes les heures.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="40" />
      <source>{subject} gives every value of {field} a share of 0 %, so none of its tickets could arrive: give one value a share, or remove this intake's own shares.</source>
      <translation>{subject} donne une part de 0 % à chaque valeur de {field} : aucun de ses tickets ne pourrait arriver. Donnez une part à une valeur, ou retirez les parts propres à cette entrée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="36" />
      <source>{subject} gives its own shares of {field}, which is not a list of values: only a list of values has shares; remove them here.</source>
      <translation>{subject} donne ses propres parts à {field}, qui n’est pas une liste de valeurs : seule une liste de valeurs a des parts ; retirez-les ici.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="44" />
      <source>{subject} gives {field} the value {value}, which it does not allow: choose one of {allowed}.</source>
      <translation>{subject} donne à {field} la valeur {value}, que ce champ n’autorise pas : choisissez parmi {allowed}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="150" />
      <source>{subject} goes straight from the customer to a support process, skipping the front stage: route it through a frontstage step.</source>
      <translation>{subject} va directement du client à un processus de support, sans passer par la première ligne : faites-le passer par une étape de première ligne.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="327" />
      <source>{subject} had a boundary event {name} (an error, a message or a signal) that a blueprint cannot hold: the path it starts is no longer connected to the step; link it from a decision after the step if tickets take it.</source>
      <translation>{subject} portait un événement de bordure {name} (erreur, message ou signal) qu’un blueprint ne peut pas représenter : le chemin qu’il ouvre n’est plus relié à l’étape ; reliez-le depuis une décision placée après l’étape si des tickets l’empruntent.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="331" />
      <source>{subject} had a boundary timer whose duration or next step could not be read: no time limit was set; give it one in the properties panel.</source>
      <translation>{subject} portait une temporisation de bordure dont la durée ou l’étape suivante est illisible : aucun délai n’a été fixé ; indiquez-en un dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="367" />
      <source>{subject} had no number of agents in the file (BPSim): it was given 1 agent; set the real number in the properties panel.</source>
      <translation>{subject} n’avait pas de nombre d’agents dans le fichier (BPSim) : elle a reçu 1 agent ; indiquez le nombre réel dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="299" />
      <source>{subject} had no time between arrivals in the file (BPSim): an arrival rate of {rate} per hour is assumed; set its arrival rate in the properties panel.</source>
      <translation>{subject} n’avait pas de délai entre deux arrivées dans le fichier (BPSim) : un taux d’arrivée de {rate} par heure est retenu ; indiquez son taux d’arrivée dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="238" />
      <source>{subject} has a merge rule, but no intake makes follow-up contacts: there is nothing to merge. Give an intake follow-up contacts, or remove the merge rule.</source>
      <translation>{subject} a une règle de fusion, mais aucun canal d’entrée ne reçoit de relances : il n’y a rien à fusionner. Donnez des relances à un canal d’entrée, ou retirez la règle de fusion.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="114" />
      <source>{subject} has a time limit but no escalation target: choose where late tickets go (“Escalate to”), or remove the time limit.</source>
      <translation>{subject} a un délai maximal mais pas de cible d’escalade : choisissez où vont les tickets en retard (« Escalader vers »), ou retirez le délai maximal.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="122" />
      <source>{subject} has a timeout but no node to go to when it runs out: choose one (“After the timeout, go to”), or remove the timeout.</source>
      <translation>{subject} a un délai d’attente mais aucun nœud où aller quand il expire : choisissez-en un (« À l’expiration du délai, aller à »), ou retirez le délai d’attente.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="174" />
      <source>{subject} has an arrival rate of zero, so no ticket will arrive there: give it an arrival rate or weekly arrival rates.</source>
      <translation>{subject} a un taux d’arrivée nul, donc aucun ticket n’y arrivera : donnez-lui un taux d’arrivée ou des taux d’arrivée hebdomadaires.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="214" />
      <source>{subject} has an escalation ladder but no time limit: nothing will escalate. Give the step a time limit, or remove its ladder.</source>
      <translation>{subject} a une échelle d’escalade mais pas de délai maximal : rien ne sera escaladé. Donnez un délai maximal à l’étape, ou retirez son échelle.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="95" />
      <source>{subject} has no agent pool: give it one, or put it in a lane that has one.</source>
      <translation>{subject} n’a pas d’équipe d’agents : donnez-lui-en une, ou placez-la dans un couloir qui en a une.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="59" />
      <source>{subject} has no default branch, and a ticket with {example} matches none of its conditions: add a branch for it, or make one branch the default (“otherwise”).</source>
      <translation>{subject} n’a pas de branche par défaut, et un ticket avec {example} ne remplit aucune de ses conditions : ajoutez une branche pour ce cas, ou faites d’une branche la branche par défaut (« sinon »).</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="63" />
      <source>{subject} has no default branch: whether every ticket finds a way out depends on {field}. Make one branch the default (“otherwise”) to be sure.</source>
      <translation>{subject} n’a pas de branche par défaut : que chaque ticket trouve une sortie dépend de {field}. Faites d’une branche la branche par défaut (« sinon ») pour en être sûr.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="52" />
      <source>{subject} has no way out: connect it to a next step or an end.</source>
      <translation>{subject} n’a aucune sortie : reliez-la à une étape suivante ou à une fin.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="130" />
      <source>{subject} has outgoing links, which are never taken: delete them, or start them from a step.</source>
      <translation>{subject} a des liens sortants, qui ne sont jamais pris : supprimez-les, ou faites-les partir d’une étape.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="166" />
      <source>{subject} has public holidays, but no scenario has calendar dates, so no holiday counts in a run: give a scenario calendar dates (“From the week of”) in the Scenarios panel.</source>
      <translation>{subject} a des jours fériés, mais aucun scénario n’a de dates du calendrier : aucun jour férié ne compte dans une simulation. Donnez des dates à un scénario (« À partir de la semaine du ») dans le panneau Scénarios.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="222" />
      <source>{subject} holds calibrated values for elements deleted since its calibration ({intakes}, {steps}, {branches}, {fields}): they are ignored. Calibrate the scenario again from the ticket export.</source>
      <translation>{subject} contient des valeurs calibrées pour des éléments supprimés depuis sa calibration ({intakes}, {steps}, {branches}, {fields}) : elles sont ignorées. Recalibrez le scénario à partir de l’export des tickets.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="134" />
      <source>{subject} is a ticket flow, but a flow cannot go to or from physical evidence or a note; use an association.</source>
      <translation>{subject} est un flux de tickets, mais un flux ne peut ni partir d’une preuve matérielle ou d’une note, ni y aboutir ; utilisez une association.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="142" />
      <source>{subject} is an association between two annotations; tie evidence or notes to a process node.</source>
      <translation>{subject} est une association entre deux annotations ; rattachez les preuves matérielles ou les notes à un nœud du processus.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="138" />
      <source>{subject} is an association between two process nodes; use a flow, or tie evidence or a note instead.</source>
      <translation>{subject} est une association entre deux nœuds du processus ; utilisez un flux, ou rattachez plutôt une preuve matérielle ou une note.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="20" />
      <source>{subject} is connected to a node that no longer exists: connect it to another node, or delete it.</source>
      <translation>{subject} est relié à un nœud qui n’existe plus : reliez-le à un autre nœud, ou supprimez-le.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="106" />
      <source>{subject} is done by the customer but sits in {second}: move it to the customer's lane, or set “Done by” to an agent or the system.</source>
      <translation>{subject} est réalisée par le client mais se trouve dans {second} : placez-la dans le couloir du client, ou choisissez un agent ou le système dans « Réalisée par ».</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="98" />
      <source>{subject} is done by the system or the customer, so no agent of {pool} works on it: remove the pool, or set “Done by” to an agent.</source>
      <translation>{subject} est réalisée par le système ou par le client : aucun agent de {pool} n’y travaille. Retirez l’équipe d’agents, ou choisissez un agent dans « Réalisée par ».</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="102" />
      <source>{subject} is done by the system or the customer: no ticket ever queues there, so its time limit never escalates a ticket. Remove the time limit, or set “Done by” to an agent.</source>
      <translation>{subject} est réalisée par le système ou par le client : aucun ticket n’y attend en file, son délai maximal n’escalade donc jamais un ticket. Retirez le délai, ou choisissez un agent dans « Réalisée par ».</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="234" />
      <source>{subject} makes follow-up contacts, but no step has a merge rule: every follow-up becomes a duplicate ticket. Give the triage step a merge rule.</source>
      <translation>{subject} reçoit des relances, mais aucune étape n’a de règle de fusion : chaque relance devient un ticket en doublon. Donnez une règle de fusion à l’étape de tri.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="32" />
      <source>{subject} names a ticket field that does not exist ({field}): add it in Edit › Blueprint settings › Ticket fields, or remove it here.</source>
      <translation>{subject} désigne un champ de ticket qui n’existe pas ({field}) : ajoutez-le dans Édition › Paramètres du blueprint › Champs de ticket, ou retirez-le ici.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="28" />
      <source>{subject} names an agent pool that no longer exists: choose another pool in the properties panel.</source>
      <translation>{subject} désigne une équipe d’agents qui n’existe plus : choisissez une autre équipe dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="254" />
      <source>{subject} requires the skill “{skill}”, but {pool} does not assign tickets by skills: any agent takes them. Choose the rule “Skills first” for the pool, or remove the required skill.</source>
      <translation>{subject} exige la compétence « {skill} », mais {pool} n'attribue pas les tickets par compétences : n'importe quel agent les prend. Choisissez la règle « Compétences d'abord » pour l'équipe, ou retirez la compétence requise.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="262" />
      <source>{subject} requires the skill “{skill}”, which no named agent of {pool} has, and the pool has no skill fallback: its tickets would wait for ever. Give an agent the skill, or a fallback time to the pool.</source>
      <translation>{subject} exige la compétence « {skill} », qu'aucun agent nommé de {pool} ne possède, et l'équipe n'a pas de délai de repli : ses tickets attendraient indéfiniment. Donnez la compétence à un agent, ou un délai de repli à l'équipe.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="258" />
      <source>{subject} requires the skill “{skill}”, which no named agent of {pool} has: every ticket waits until the skill fallback, then any agent takes it. Give an agent the skill in the Pools tab.</source>
      <translation>{subject} exige la compétence « {skill} », qu'aucun agent nommé de {pool} ne possède : chaque ticket attend le délai de repli, puis n'importe quel agent le prend. Donnez la compétence à un agent dans l'onglet Équipes.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="118" />
      <source>{subject} sends tickets on to {target}, which cannot take them ({reason}): choose another node to send them to.</source>
      <translation>{subject} envoie des tickets vers {target}, qui ne peut pas les prendre ({reason}) : choisissez un autre nœud où les envoyer.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="343" />
      <source>{subject} sent each ticket down its {count} paths at once (a parallel split), which a ticket cannot do: each ticket now takes one of them. Check the shares of its branches.</source>
      <translation>{subject} envoyait chaque ticket sur ses {count} chemins à la fois (division parallèle), ce qu’un ticket ne peut pas faire : chaque ticket n’en prend désormais qu’un. Vérifiez les parts de ses branches.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="162" />
      <source>{subject} sets a first-response target, but no step counts as the first response, so the first response is only taken when the ticket ends: tick “Counts as first response” on the step that first answers the customer.</source>
      <translation>{subject} fixe un délai de première réponse, mais aucune étape ne compte comme première réponse : la première réponse n’est alors prise qu’à la clôture du ticket. Cochez « Compte comme première réponse » sur l’étape qui répond la première au client.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="24" />
      <source>{subject} sits in a lane that no longer exists: choose its lane in the properties panel.</source>
      <translation>{subject} se trouve dans un couloir qui n’existe plus : choisissez son couloir dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="303" />
      <source>{subject} used a {distribution} distribution, which a blueprint does not have: it became a log-normal distribution with the same mean and spread.</source>
      <translation>{subject} suivait une loi {distribution}, qu’un blueprint ne propose pas : elle a été remplacée par une loi log-normale de même moyenne et de même dispersion.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="347" />
      <source>{subject} waited for the first of several events (event-based gateway): it became a decision whose branches have shares.</source>
      <translation>{subject} attendait le premier de plusieurs événements (passerelle basée sur les événements) : elle est devenue une décision dont les branches ont des parts.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="307" />
      <source>{subject} was a sub-process of {count} element: it became one step. Draw its inner steps in the blueprint if tickets must go through them one by one.</source>
      <translation>{subject} était un sous-processus de {count} élément : il est devenu une seule étape. Dessinez ses étapes internes dans le blueprint si les tickets doivent les suivre une à une.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="385" />
      <source>{subject} was a sub-process of {count} elements: it became one step. Draw its inner steps in the blueprint if tickets must go through them one by one.</source>
      <translation>{subject} était un sous-processus de {count} éléments : il est devenu une seule étape. Dessinez ses étapes internes dans le blueprint si les tickets doivent les suivre une à une.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="311" />
      <source>{subject} was a timer that holds the ticket: it became a step done by the system that lasts {minutes} min.</source>
      <translation>{subject} était une temporisation qui retient le ticket : elle est devenue une étape réalisée par le système, d’une durée de {minutes} min.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="315" />
      <source>{subject} was an event a blueprint has no equal for (a signal, a link, an escalation or a message sent): it became a step done by the system that takes no time.</source>
      <translation>{subject} était un événement sans équivalent dans un blueprint (signal, lien, escalade ou message envoyé) : il est devenu une étape réalisée par le système, sans durée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="291" />
      <source>{subject} was given the kind “{kind}” from its name: if that is wrong, choose its kind in the properties panel.</source>
      <translation>{subject} a reçu le type « {kind} » d’après son nom : s’il ne convient pas, choisissez son type dans le panneau des propriétés.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="351" />
      <source>{subject} was the customer's reply awaited against a timer (event-based gateway): the two became this one wait, which gives up after {minutes} min and goes where the timer went.</source>
      <translation>{subject} était la réponse du client attendue face à une temporisation (passerelle basée sur les événements) : les deux sont devenues cette seule attente, qui s’arrête au bout de {minutes} min et mène là où menait la temporisation.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="286" />
      <source>{subject} would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.</source>
      <translation>{subject} coûterait environ {steps} passages de tickets, plus que les {limit} qu’une simulation traite en quelques minutes : elle pourrait durer des heures. Demandez moins de tickets, une durée plus courte ou moins de réplications.</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="465" />
      <source>“{expected}” is missing there</source>
      <translation>il manque « {expected} » à cet endroit</translation>
    </message>
    <message>
      <location filename="../../app/shell/diagnostic_texts.py" line="488" />
      <source>“{title}”</source>
      <translation>« {title} »</translation>
    </message>
  </context>
  <context>
    <name>DiagnosticsPanel</name>
    <message>
      <location filename="../../canvas/diagnostics.py" line="137" />
      <source>No problems found.</source>
      <translation>Aucun problème détecté.</translation>
    </message>
  </context>
  <context>
    <name>DocumentSettings</name>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="105" />
      <source>&amp;Author:</source>
      <translation>&amp;Auteur :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="103" />
      <source>&amp;Currency:</source>
      <translation>De&amp;vise :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="101" />
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="102" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="106" />
      <source>&amp;Revision:</source>
      <translation>&amp;Révision :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="99" />
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="30" />
      <source>Australian dollar</source>
      <translation>Dollar australien</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="37" />
      <source>CFA franc (West Africa)</source>
      <translation>Franc CFA (Afrique de l’Ouest)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="29" />
      <source>Canadian dollar</source>
      <translation>Dollar canadien</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="153" />
      <source>Change currency</source>
      <translation>Changer de devise</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="138" />
      <source>Change document settings</source>
      <translation>Modifier les paramètres du document</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="39" />
      <source>Chinese yuan</source>
      <translation>Yuan chinois</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="34" />
      <source>Danish krone</source>
      <translation>Couronne danoise</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="125" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="21" />
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="25" />
      <source>Euro</source>
      <translation>Euro</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="20" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="38" />
      <source>Indian rupee</source>
      <translation>Roupie indienne</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="31" />
      <source>Japanese yen</source>
      <translation>Yen japonais</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="36" />
      <source>Moroccan dirham</source>
      <translation>Dirham marocain</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="33" />
      <source>Norwegian krone</source>
      <translation>Couronne norvégienne</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="35" />
      <source>Polish złoty</source>
      <translation>Złoty polonais</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="26" />
      <source>Pound sterling</source>
      <translation>Livre sterling</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="32" />
      <source>Swedish krona</source>
      <translation>Couronne suédoise</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="28" />
      <source>Swiss franc</source>
      <translation>Franc suisse</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="67" />
      <source>The blueprint's name, shown in the tab, on the PDF and in reports</source>
      <translation>Le nom du blueprint, affiché dans l’onglet, sur le PDF et dans les rapports</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="93" />
      <source>The blueprint's version, such as 1.2 or 2026-03</source>
      <translation>La version du blueprint, par exemple 1.2 ou 2026-03</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="86" />
      <source>The currency of every cost (agents' cost per hour): pick one or type its ISO 4217 code, such as EUR</source>
      <translation>La devise de tous les coûts (coût horaire des agents) : choisissez-la ou saisissez son code ISO 4217, par exemple EUR</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="76" />
      <source>The language of the blueprint's texts: field and value labels are shown in it</source>
      <translation>La langue des textes du blueprint : les libellés des champs et des valeurs s’affichent dans cette langue</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="160" />
      <source>Type a currency's three-letter ISO 4217 code, such as EUR, or pick one in the list</source>
      <translation>Saisissez le code ISO 4217 à trois lettres d’une devise, par exemple EUR, ou choisissez-la dans la liste</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="27" />
      <source>US dollar</source>
      <translation>Dollar américain</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="72" />
      <source>What the blueprint describes; printed under the title of the PDF</source>
      <translation>Ce que décrit le blueprint ; imprimé sous le titre du PDF</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/document_tab.py" line="92" />
      <source>Who wrote or owns the blueprint</source>
      <translation>Qui a rédigé le blueprint ou en est responsable</translation>
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
      <translation>Sans titre {n}</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../app/files/documents.py" line="198" />
      <source>Cannot Open the File</source>
      <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="231" />
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
      <location filename="../../app/files/documents.py" line="295" />
      <source>Reloaded “{name}” from disk.</source>
      <translation>« {name} » a été rechargé depuis le disque.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="247" />
      <source>Save Failed</source>
      <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="258" />
      <source>Saved “{name}”.</source>
      <translation>« {name} » enregistré.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="281" />
      <source>Split it into smaller blueprints before you close it, or it cannot be opened again.</source>
      <translation>Scindez-le en blueprints plus petits avant de le fermer ; sinon il ne pourra plus être ouvert.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="102" />
      <source>This version cannot open it without losing information, so it was not opened. Update Blueprint Studio to open it. The file itself is unchanged.</source>
      <translation>Cette version ne peut pas l’ouvrir sans perdre d’informations, il n’a donc pas été ouvert. Mettez Blueprint Studio à jour pour l’ouvrir. Le fichier lui-même n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="271" />
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
      <location filename="../../app/files/documents.py" line="339" />
      <source>“{name}” is back on disk.</source>
      <translation>« {name} » est de nouveau sur le disque.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="232" />
      <source>“{name}” is open in another tab; close it first or choose another name.</source>
      <translation>« {name} » est ouvert dans un autre onglet ; fermez-le d’abord ou choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="311" />
      <source>“{name}” was changed on disk by someone else. Saving will ask what to do.</source>
      <translation>« {name} » a été modifié sur le disque par quelqu’un d’autre. À l’enregistrement, il vous sera demandé quoi faire.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="326" />
      <source>“{name}” was deleted or moved on disk. The document is still open here: save it to write the file again.</source>
      <translation>« {name} » a été supprimé ou déplacé sur le disque. Le document reste ouvert ici : enregistrez-le pour recréer le fichier.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="100" />
      <source>“{name}” was made with a newer version of Blueprint Studio.</source>
      <translation>« {name} » a été créé avec une version plus récente de Blueprint Studio.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="245" />
      <source>“{name}” was not saved. Your changes are still open here.</source>
      <translation>« {name} » n’a pas été enregistré. Vos modifications sont toujours ouvertes ici.</translation>
    </message>
    <message>
      <location filename="../../app/files/documents.py" line="273" />
      <source>“{name}” was saved, but it has {count} elements in “{collection}”, more than the {limit} Blueprint Studio opens.</source>
      <translation>« {name} » a été enregistré, mais il contient {count} éléments dans « {collection} », au-delà des {limit} que Blueprint Studio peut ouvrir.</translation>
    </message>
  </context>
  <context>
    <name>ExportCommand</name>
    <message>
      <location filename="../../app/cli/export.py" line="35" />
      <source>At {asked_percent} the drawing's smallest text would print at {asked_points} pt: the poster is printed at {percent}, where it prints at {points} pt.</source>
      <translation>À {asked_percent}, le plus petit texte du schéma s’imprimerait en {asked_points} pt : l’affiche est imprimée à {percent}, où il s’imprime en {points} pt.</translation>
    </message>
    <message>
      <location filename="../../app/cli/export.py" line="29" />
      <source>Fitted on one {page} sheet, the drawing's smallest text would print at {asked_points} pt: it is printed as a poster over {count} {page} sheets at {percent}, where it prints at {points} pt.</source>
      <translation>Ajusté sur une seule feuille {page}, le plus petit texte du schéma s’imprimerait en {asked_points} pt : il est imprimé en affiche sur {count} feuilles {page} à {percent}, où il s’imprime en {points} pt.</translation>
    </message>
    <message>
      <location filename="../../app/cli/export.py" line="24" />
      <source>The drawing is fitted on {page} so that its smallest text prints at {points} pt (on {asked} it would print at {asked_points} pt).</source>
      <translation>Le schéma est ajusté sur une feuille {page} pour que son plus petit texte s’imprime en {points} pt (sur {asked}, il s’imprimerait en {asked_points} pt).</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/files/export_dialog.py" line="494" />
      <source>A {width} × {height} pixel image is too large: choose a lower resolution.</source>
      <translation>Une image de {width} × {height} pixels est trop grande : choisissez une résolution plus basse.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="112" />
      <source>Add the simulation report</source>
      <translation>Ajouter le rapport de simulation</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="116" />
      <source>Add the training handout</source>
      <translation>Ajouter le support de formation</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="90" />
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="548" />
      <source>Cancelling…</source>
      <translation>Annulation en cours…</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="208" />
      <source>Choose at least one part: the blueprint, the simulation report or the training handout.</source>
      <translation>Choisissez au moins un élément : le blueprint, le rapport de simulation ou le support de formation.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="462" />
      <location filename="../../app/files/export_dialog.py" line="465" />
      <source>Drawing the image…</source>
      <translation>Dessin de l’image…</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="64" />
      <location filename="../../app/files/export_dialog.py" line="394" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="535" />
      <source>Export cancelled: no file was written.</source>
      <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="529" />
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="522" />
      <source>Exported to {path}</source>
      <translation>Exporté dans {path}</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="95" />
      <source>Fit on one page</source>
      <translation>Ajuster sur une page</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="341" />
      <source>Fit on one {page} sheet (smallest text {points} pt)</source>
      <translation>Ajuster sur une feuille {page} (plus petit texte : {points} pt)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="331" />
      <source>Fitted on one {page} sheet, the smallest text would print at {points} pt: too small to read (6 pt at least). Choose a larger sheet or a poster; saved as it is, the drawing prints as the poster.</source>
      <translation>Ajusté sur une seule feuille {page}, le plus petit texte s’imprimerait en {points} pt : trop petit pour être lu (6 pt au minimum). Choisissez une feuille plus grande ou une affiche ; si vous enregistrez tel quel, le schéma est imprimé en affiche.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="142" />
      <source>Format:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="92" />
      <source>Landscape</source>
      <translation>Paysage</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="118" />
      <source>Language of the document</source>
      <translation>Langue du document</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="153" />
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="144" />
      <source>Orientation:</source>
      <translation>Orientation :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="81" />
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="388" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="83" />
      <source>PNG image</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="390" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="143" />
      <source>Paper:</source>
      <translation>Papier :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="91" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="323" />
      <source>Poster of {columns} × {rows} sheets.</source>
      <translation>Affiche de {columns} × {rows} feuilles.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="96" />
      <source>Poster over several pages</source>
      <translation>Affiche sur plusieurs pages</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="348" />
      <source>Poster over {count} {page} sheets (smallest text {points} pt)</source>
      <translation>Affiche sur {count} feuilles {page} (plus petit texte : {points} pt)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="320" />
      <source>Printed at {percent} % of full size: the smallest text prints at {points} pt.</source>
      <translation>Imprimé à {percent} % de la taille réelle : le plus petit texte s’imprime en {points} pt.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="154" />
      <source>Resolution:</source>
      <translation>Résolution :</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="219" />
      <source>Routing the links around the steps… the preview follows.</source>
      <translation>Tracé des liens autour des étapes en cours… l'aperçu s'affichera ensuite.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="82" />
      <source>SVG drawing</source>
      <translation>Dessin SVG</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="389" />
      <source>SVG drawings (*.svg)</source>
      <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="107" />
      <source>Size of the poster against the drawing (100 % = as on screen at 100 %). Below {percent} % its smallest text would print under 6 pt, too small to read.</source>
      <translation>Taille de l’affiche par rapport au schéma (100 % = comme à l’écran à 100 %). En dessous de {percent} %, son plus petit texte s’imprimerait sous 6 pt, trop petit pour être lu.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="111" />
      <source>The blueprint</source>
      <translation>Le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="497" />
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="507" />
      <source>The resolution must be between 24 and 1200 dpi.</source>
      <translation>La résolution doit être comprise entre 24 et 1200 ppp.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="500" />
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="503" />
      <source>{name} could not be written: the disk refused the data (is it full?).</source>
      <translation>Impossible d’écrire {name} : le disque a refusé les données (est-il plein ?).</translation>
    </message>
    <message>
      <location filename="../../app/files/export_dialog.py" line="511" />
      <source>{name} could not be written: {reason}</source>
      <translation>Impossible d’écrire {name} : {reason}</translation>
    </message>
  </context>
  <context>
    <name>ExportErrors</name>
    <message>
      <location filename="../../export/pdfdoc.py" line="56" />
      <source>the overlap of the poster's sheets must be between {low} and {high} mm, not {overlap} mm</source>
      <translation>le recouvrement des feuilles de l’affiche doit être compris entre {low} et {high} mm, et non {overlap} mm</translation>
    </message>
    <message>
      <location filename="../../export/pdfdoc.py" line="53" />
      <source>the poster scale must be between {low} and {high}, not {scale}</source>
      <translation>l’échelle de l’affiche doit être comprise entre {low} et {high}, et non {scale}</translation>
    </message>
    <message>
      <location filename="../../export/pdfdoc.py" line="50" />
      <source>there is no orientation “{orientation}” (choose {orientations})</source>
      <translation>il n’existe pas d’orientation « {orientation} » (au choix : {orientations})</translation>
    </message>
    <message>
      <location filename="../../export/pdfdoc.py" line="49" />
      <source>there is no paper size “{page}” (choose {pages})</source>
      <translation>il n’existe pas de format de papier « {page} » (au choix : {pages})</translation>
    </message>
    <message>
      <location filename="../../export/pdfdoc.py" line="60" />
      <source>there is nothing to export; choose the blueprint, the simulation report or the training handout</source>
      <translation>il n’y a rien à exporter ; choisissez le blueprint, le rapport de simulation ou le support de formation</translation>
    </message>
  </context>
  <context>
    <name>FieldSettings</name>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="158" />
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="239" />
      <source>&amp;Name in conditions:</source>
      <translation>&amp;Nom dans les conditions :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="243" />
      <source>&amp;Type:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/field_default.py" line="36" />
      <location filename="../../canvas/settings/field_default.py" line="55" />
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="751" />
      <source>A choice field keeps at least one value</source>
      <translation>Un champ à liste de valeurs garde au moins une valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="74" />
      <source>A value cannot be empty</source>
      <translation>Une valeur ne peut pas être vide</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="314" />
      <source>Add &amp;value</source>
      <translation>Ajouter une &amp;valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="158" />
      <source>Add a ticket field</source>
      <translation>Ajouter un champ de ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="314" />
      <source>Add a value to the list</source>
      <translation>Ajouter une valeur à la liste</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="463" />
      <source>Add ticket field</source>
      <translation>Ajouter un champ de ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="736" />
      <source>Add value</source>
      <translation>Ajouter une valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="69" />
      <source>Another field is already named “{name}”</source>
      <translation>Un autre champ s’appelle déjà « {name} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="98" />
      <source>At arrival (%)</source>
      <translation>À l’arrivée (%)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="708" />
      <source>At least one value needs a share above 0 %</source>
      <translation>Au moins une valeur doit avoir une part supérieure à 0 %</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="615" />
      <source>Change default</source>
      <translation>Modifier la valeur par défaut</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="538" />
      <source>Change field name</source>
      <translation>Modifier le nom du champ</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="606" />
      <source>Change field type</source>
      <translation>Modifier le type du champ</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="713" />
      <source>Change share at arrival</source>
      <translation>Modifier la part à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="625" />
      <source>Change share of “yes”</source>
      <translation>Modifier la part de « oui »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="644" />
      <source>Change value at arrival</source>
      <translation>Modifier la valeur à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="692" />
      <source>Change value label</source>
      <translation>Modifier le libellé de la valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="58" />
      <source>Choice</source>
      <translation>Liste de valeurs</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="261" />
      <source>Default on a new ticket card:</source>
      <translation>Valeur par défaut d’une nouvelle fiche :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="237" />
      <source>Display name (&amp;English):</source>
      <translation>Nom affiché (an&amp;glais) :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="236" />
      <source>Display name (&amp;French):</source>
      <translation>Nom affiché (&amp;français) :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="298" />
      <source>Each value: the name conditions use, its French and English labels, and the share of tickets arriving with it, in % (shares are scaled to add up to 100 %)</source>
      <translation>Chaque valeur : le nom qu’utilisent les conditions, ses libellés français et anglais, et la part des tickets qui arrivent avec elle, en % (les parts sont ramenées à un total de 100 %)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="97" />
      <source>English label</source>
      <translation>Libellé anglais</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="96" />
      <source>French label</source>
      <translation>Libellé français</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="256" />
      <source>How the number is drawn when a ticket arrives (none: 0)</source>
      <translation>Comment le nombre est tiré à l’arrivée d’un ticket (aucune : 0)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="166" />
      <source>Move the field down (Alt+Down)</source>
      <translation>Descendre le champ (Alt+Bas)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="163" />
      <source>Move the field up (Alt+Up)</source>
      <translation>Monter le champ (Alt+Haut)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="326" />
      <source>Move the value down (Alt+Down)</source>
      <translation>Descendre la valeur (Alt+Bas)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="323" />
      <source>Move the value up (Alt+Up)</source>
      <translation>Monter la valeur (Alt+Haut)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="495" />
      <source>Move ticket field</source>
      <translation>Déplacer le champ de ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="788" />
      <source>Move value</source>
      <translation>Déplacer la valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="220" />
      <source>Name the field after its display name</source>
      <translation>Nommer le champ d’après son nom affiché</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="363" />
      <source>Named “{name}” in conditions</source>
      <translation>Nommé « {name} » dans les conditions</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="461" />
      <location filename="../../canvas/settings/fields_tab.py" line="533" />
      <source>New field</source>
      <translation>Nouveau champ</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="60" />
      <source>Number</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="71" />
      <source>Only a choice field has values</source>
      <translation>Seul un champ à liste de valeurs a des valeurs</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="160" />
      <source>Re&amp;move</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="160" />
      <source>Remove the selected field (Delete)</source>
      <translation>Supprimer le champ sélectionné (Suppr)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="319" />
      <source>Remove the selected value (Delete)</source>
      <translation>Supprimer la valeur sélectionnée (Suppr)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="486" />
      <source>Remove ticket field</source>
      <translation>Supprimer le champ de ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="318" />
      <location filename="../../canvas/settings/fields_tab.py" line="772" />
      <source>Remove value</source>
      <translation>Supprimer la valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="81" />
      <source>SLA policy</source>
      <translation>politique SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="253" />
      <source>Share of “yes” at arrival:</source>
      <translation>Part de « oui » à l’arrivée :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="219" />
      <source>Suggest</source>
      <translation>Proposer</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="61" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="73" />
      <source>The field already has a value “{value}”</source>
      <translation>Le champ a déjà une valeur « {value} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="212" />
      <source>The field's name as English readers see it</source>
      <translation>Le nom du champ tel que le lisent les lecteurs anglophones</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="211" />
      <source>The field's name as French readers see it</source>
      <translation>Le nom du champ tel que le lisent les lecteurs francophones</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="215" />
      <source>The name conditions use (letters, digits and _): renaming it rewrites every condition</source>
      <translation>Le nom qu’utilisent les conditions (lettres, chiffres et _) : le renommer réécrit toutes les conditions</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="252" />
      <source>The share of tickets that arrive with “yes”, in %</source>
      <translation>La part des tickets qui arrivent avec « oui », en %</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="433" />
      <source>The shares add up to {total} %: they are scaled to 100 %.</source>
      <translation>Les parts totalisent {total} % : elles sont ramenées à 100 %.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="148" />
      <source>The ticket fields that conditions, rules and ticket cards use</source>
      <translation>Les champs de ticket qu’utilisent les conditions, les règles et les fiches ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/field_default.py" line="31" />
      <source>The value a new ticket card starts with; none: the card leaves it empty</source>
      <translation>La valeur d’une nouvelle fiche ticket au départ ; aucune : la fiche laisse le champ vide</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="70" />
      <source>There is no field named “{field}”</source>
      <translation>Aucun champ ne s’appelle « {field} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="72" />
      <source>There is no value “{value}”</source>
      <translation>Il n’y a pas de valeur « {value} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="196" />
      <source>Ticket fields</source>
      <translation>Champs de ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="95" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="257" />
      <source>Value at arrival:</source>
      <translation>Valeur à l’arrivée :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="286" />
      <source>Values:</source>
      <translation>Valeurs :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="228" />
      <source>What the field holds: one of a list of values, yes or no, a number or free text</source>
      <translation>Ce que contient le champ : une valeur d’une liste, oui ou non, un nombre ou un texte libre</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="638" />
      <source>Write the samples as numbers separated by commas</source>
      <translation>Écrivez les échantillons sous forme de nombres séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="702" />
      <source>Write the share as a number of % (0 or more), such as 25</source>
      <translation>Écrivez la part comme un pourcentage (0 ou plus), par exemple 25</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="59" />
      <source>Yes/no</source>
      <translation>Oui/non</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="84" />
      <source>action</source>
      <translation>action</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="87" />
      <source>default value</source>
      <translation>valeur par défaut</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="80" />
      <source>duration rule</source>
      <translation>règle de durée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="92" />
      <source>escalation ladder</source>
      <translation>échelle d’escalade</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="85" />
      <source>intake</source>
      <translation>entrée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="86" />
      <source>intake's own shares</source>
      <translation>parts propres à une entrée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="78" />
      <source>link condition</source>
      <translation>condition de lien</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="79" />
      <source>link guard</source>
      <translation>garde de lien</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="89" />
      <source>link's fields to fill</source>
      <translation>champs à remplir d’un lien</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="88" />
      <source>mandatory field list</source>
      <translation>liste de champs obligatoires</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="90" />
      <source>pool priority</source>
      <translation>priorité d’équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="82" />
      <source>scenario SLA policy</source>
      <translation>politique SLA de scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="83" />
      <source>survey condition</source>
      <translation>condition d’enquête</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="91" />
      <source>ticket card</source>
      <translation>fiche ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="521" />
      <location filename="../../canvas/settings/fields_tab.py" line="525" />
      <source>untitled</source>
      <translation>sans titre</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="509" />
      <source>{count} × {what} ({names}{more})</source>
      <translation>{count} × {what} ({names}{more})</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="475" />
      <source>“{field}” is still used by {places}. Remove those uses first, then the field.</source>
      <translation>« {field} » est encore utilisé par : {places}. Retirez d’abord ces utilisations, puis le champ.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="64" />
      <source>“{name}” cannot name a field: use letters without accents, digits and _, starting with a letter</source>
      <translation>« {name} » ne peut pas nommer un champ : utilisez des lettres sans accents, des chiffres et _, en commençant par une lettre</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="68" />
      <source>“{name}” is a built-in field of every ticket</source>
      <translation>« {name} » est un champ intégré à chaque ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/fields_tab.py" line="757" />
      <source>“{value}” is still used by {places}. Remove those uses first, then the value.</source>
      <translation>« {value} » est encore utilisée par : {places}. Retirez d’abord ces utilisations, puis la valeur.</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/shell/help.py" line="458" />
      <source>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Draw help-desk service blueprints and ticket flows, check them, simulate them, teach them and publish them.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Blueprint Studio {version}&lt;/h3&gt;&lt;p&gt;Dessinez les service blueprints et les flux de tickets de votre support, vérifiez-les, simulez-les, formez vos équipes et publiez-les.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="197" />
      <source>A link can need an approval, as in Zoho Blueprint: select it and tick Needs approval in the Properties panel, then say who approves (a role), how long the answer takes and the share rejected. A ticket taking the link waits for the answer without holding an agent; approved, it goes on along the link and its actions run; rejected, it goes back to the step it comes from to be done again, or to the node you choose under Rejected tickets go to, and the link's actions do not run. A re-assignment to another pool (an action) can give its reason: the simulation counts the transfers per reason, and the approvals asked, granted and rejected with their mean time. In the walkthrough the link offers both answers, so the trainer can take either.</source>
      <translation>Un lien peut être soumis à approbation, comme dans Zoho Blueprint : sélectionnez-le et cochez Soumis à approbation dans le panneau Propriétés, puis indiquez qui approuve (un rôle), le délai de la réponse et la part des refus. Un ticket qui prend ce lien attend la réponse sans occuper d’agent ; approuvé, il poursuit par le lien et ses actions s’exécutent ; refusé, il revient à l’étape d’où il vient pour la refaire, ou va vers l’élément choisi sous « Les tickets refusés vont vers », et les actions du lien ne s’exécutent pas. Une réaffectation à une autre équipe (une action) peut indiquer son motif : la simulation compte les transferts par motif, ainsi que les approbations demandées, accordées et refusées, avec leur délai moyen. Dans le parcours guidé, le lien propose les deux réponses : le formateur peut choisir l’une ou l’autre.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="466" />
      <source>About Blueprint Studio</source>
      <translation>À propos de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="184" />
      <source>An SLA policy (in {settings}) and a step's time limit (in the Properties panel) can have an escalation ladder: a warning at a share of the target, then at the breach a role notified, the ticket's priority raised, and the ticket re-assigned to another pool or step. A ticket already with an agent stays with them, goes once the current piece of work is done, or is taken off at once. The simulation counts each ladder's warnings, breaches, notifications and re-assignments; in the walkthrough the SLA clock turns amber at the warning and red at the breach.</source>
      <translation>Une politique de SLA (dans {settings}) et le délai maximal d’une étape (dans le panneau des propriétés) peuvent avoir une échelle d’escalade : une alerte à une part de l’objectif, puis, au dépassement, un rôle prévenu, la priorité du ticket relevée et le ticket réaffecté à une autre équipe ou à une autre étape. Un ticket déjà pris en charge par un agent reste avec lui, passe une fois la tâche en cours terminée, ou lui est aussitôt retiré. La simulation compte, pour chaque échelle, les alertes, les dépassements, les notifications et les réaffectations ; dans le parcours guidé, l’horloge du SLA passe à l’orange à l’alerte et au rouge au dépassement.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="195" />
      <source>Approvals and transfers</source>
      <translation>Approbations et transferts</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="403" />
      <source>Arrow keys nudge the selection (Shift: one grid step); Tab and Shift+Tab walk along the flow. {palette}, {properties} and {diagnostics} go to the panels; {canvas} comes back to the canvas.</source>
      <translation>Les flèches déplacent la sélection (Maj : d’un pas de grille) ; Tab et Maj+Tab suivent le flux. {palette}, {properties} et {diagnostics} mènent aux panneaux ; {canvas} ramène au canevas.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="379" />
      <source>BPMN processes</source>
      <translation>Processus BPMN</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="235" />
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="261" />
      <source>Choose a scenario in the Simulation panel (horizon, warm-up, arrivals, staffing, replications) and run it with {run}; {cancel} stops it. The Simulation results panel shows resolution times, SLA breaches, waits and utilisation with their confidence intervals, and the canvas colours each step by its queue wait.</source>
      <translation>Choisissez un scénario dans le panneau Simulation (horizon, période de chauffe, arrivées, effectifs, réplications) et lancez-le avec {run} ; {cancel} l’interrompt. Le panneau Résultats de simulation affiche les délais de résolution, les dépassements de SLA, les attentes et les taux d’occupation avec leurs intervalles de confiance, et le canevas colore chaque étape selon l’attente dans sa file.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="271" />
      <source>Compare and replay</source>
      <translation>Comparer et rejouer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="414" />
      <source>Design a blueprint</source>
      <translation>Concevoir un blueprint</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="154" />
      <source>Drag a node from the Palette onto the canvas, or pick its kind in the Insert menu: it is placed next to the selected node and linked to it. {connect} links the selection to a node chosen by name; you can also drag from the small circle on a node's side to another node. {lane} adds a swimlane: customer, frontstage, backstage and support lanes, in that order, give the lines of interaction, visibility and internal interaction. {rename} renames the selection; durations, pools, SLAs and branch conditions are edited in the Properties panel ({properties}).</source>
      <translation>Faites glisser un nœud de la palette sur le canevas, ou choisissez son type dans le menu Insertion : il se place à côté du nœud sélectionné et s’y relie. {connect} relie la sélection à un nœud choisi par son nom ; vous pouvez aussi tirer un lien depuis le petit cercle sur le côté d’un nœud jusqu’à un autre nœud. {lane} ajoute un couloir : les couloirs client, première ligne, coulisses et support, dans cet ordre, tracent la ligne d’interaction, la ligne de visibilité et la ligne d’interaction interne. {rename} renomme la sélection ; les durées, les équipes d’agents, les SLA et les conditions des branches se règlent dans le panneau Propriétés ({properties}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="152" />
      <source>Draw</source>
      <translation>Dessiner</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="182" />
      <source>Escalation ladders</source>
      <translation>Échelles d’escalade</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="424" />
      <source>Every shortcut</source>
      <translation>Tous les raccourcis</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="417" />
      <source>Export and share</source>
      <translation>Exporter et partager</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="169" />
      <source>Fields, pools, calendars and SLAs</source>
      <translation>Champs, équipes, calendriers et SLA</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="286" />
      <source>Find the staffing</source>
      <translation>Trouver les effectifs</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="310" />
      <source>Follow-ups and duplicates</source>
      <translation>Relances et doublons</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="441" />
      <source>Getting started</source>
      <translation>Prise en main</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="445" />
      <source>Getting started guide</source>
      <translation>Guide de prise en main</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="424" />
      <source>Getting started with Blueprint Studio</source>
      <translation>Prise en main de Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="356" />
      <source>Handout</source>
      <translation>Support de formation</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="302" />
      <source>In a step's properties, “Done by” says who does it: an agent of its pool, the system (automation: no queue, no agent, no cost) or the customer (self-service). When the blueprint has such steps, the results show the deflection rate.</source>
      <translation>Dans les propriétés d’une étape, « Réalisée par » indique qui la réalise : un agent de son équipe, le système (automatisation : ni file d’attente, ni agent, ni coût) ou le client (libre-service). Lorsque le blueprint comporte de telles étapes, les résultats donnent le taux de déflexion.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="312" />
      <source>In an intake's properties, “Follow-up contacts” says how many customers write again while their ticket is open, when and through which channel; a step's “Merge rule” (usually triage) says how many follow-ups are recognised and merged into the open ticket, at the cost of a detection time. The others become duplicate tickets, worked, then merged. The results then show contacts per ticket, the duplicate tickets and the agent time spent on them.</source>
      <translation>Dans les propriétés d’un canal d’entrée, « Relances des clients » indique combien de clients relancent tant que leur ticket est ouvert, quand et par quel canal ; la « Règle de fusion » d’une étape (en général le tri) indique combien de relances sont reconnues et fusionnées avec le ticket ouvert, au prix d’un temps de détection. Les autres deviennent des tickets en doublon, traités, puis fusionnés. Les résultats indiquent alors les contacts par ticket, les tickets en doublon et le temps que les agents y consacrent.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="212" />
      <source>In {settings}, the Pools tab lists a pool's Named agents: each with a name, skills separated by commas and a speed (2 takes half a step's time, 0.5 twice as long); the first ones listed are on shift when the shifts put fewer agents on duty. The pool's Assignment says which agent takes a ticket: “{next_free}”; “{fewest_owned}”, the one owning fewest open tickets (the workload is the tickets owned, not the time busy); “{skills_first}”, an agent with the skill the step needs (its Required skill in the Properties panel), then any agent of the pool once the ticket has waited the Skill fallback time; “{round_robin}”, each in turn. With “A ticket coming back goes to its owner” ticked, a re-opened ticket or a customer's reply goes back to the agent who first worked it while that agent is on shift; otherwise the rule applies. After a run, the Agents tab of the Simulation results panel is the leaderboard: tickets resolved, first-contact resolution, satisfaction, SLA met, utilisation and time on duplicates per agent, sorted by a click on a column's header; {leaderboard} shows it in large type for the class, and {report} prints it in the PDF report.</source>
      <translation>Dans {settings}, l’onglet Équipes liste les Agents nommés d’une équipe : pour chacun un nom, des compétences séparées par des virgules et une vitesse (2 met deux fois moins de temps pour une étape, 0,5 deux fois plus) ; les premiers de la liste sont en service quand les plannings prévoient moins d’agents. L’Affectation de l’équipe indique quel agent prend un ticket : « {next_free} » ; « {fewest_owned} », celui qui a le moins de tickets ouverts en charge (la charge se compte en tickets détenus, pas en temps occupé) ; « {skills_first} », un agent ayant la compétence demandée par l’étape (sa Compétence requise dans le panneau Propriétés), puis n’importe quel agent de l’équipe une fois écoulé le délai « Repli après » ; « {round_robin} », chacun son tour. Si « Un ticket qui revient va à son propriétaire » est coché, un ticket rouvert ou une réponse du client revient à l’agent qui l’a traité en premier tant que cet agent est en service ; sinon, la règle d’affectation s’applique. Après une simulation, l’onglet Agents du panneau Résultats de simulation présente le classement : tickets résolus, résolution au premier contact, satisfaction, SLA respecté, taux d’occupation et temps passé sur les doublons par agent, triés d’un clic sur l’en-tête d’une colonne ; {leaderboard} l’affiche en grands caractères pour la classe, et {report} l’imprime dans le rapport PDF.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="418" />
      <source>Keyboard</source>
      <translation>Clavier</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="401" />
      <source>Moving around</source>
      <translation>Se déplacer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="210" />
      <source>Named agents and the leaderboard</source>
      <translation>Agents nommés et classement</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="367" />
      <source>PDF, SVG and PNG</source>
      <translation>PDF, SVG et PNG</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="259" />
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="246" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="300" />
      <source>Self-service and automation</source>
      <translation>Libre-service et automatisation</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="415" />
      <source>Simulate it</source>
      <translation>Le simuler</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="141" />
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="237" />
      <source>The Diagnostics panel ({diagnostics}) lists every problem: an unreachable step, a dead end, a decision without a default branch. Click one to jump to the element at fault; the canvas marks it with a badge. Errors must be fixed before a simulation; warnings need not be.</source>
      <translation>Le panneau Diagnostics ({diagnostics}) liste chaque problème : une étape inaccessible, une impasse, une décision sans branche par défaut. Cliquez sur un problème pour aller à l’élément en cause ; le canevas le signale par un badge. Les erreurs doivent être corrigées avant de simuler ; les avertissements, non.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="392" />
      <source>The same jobs run from a terminal: &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; and &lt;tt&gt;export&lt;/tt&gt; (see &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</source>
      <translation>Les mêmes tâches se lancent depuis un terminal : &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; et &lt;tt&gt;export&lt;/tt&gt; (voir &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="416" />
      <source>Train new agents</source>
      <translation>Former les nouveaux agents</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="341" />
      <source>Walkthrough</source>
      <translation>Parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="323" />
      <source>What the figures mean</source>
      <translation>Définition des indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="143" />
      <source>With no blueprint open, the start page offers a blank blueprint, the templates, Open… and your recent files. From the menus: {new}, {template} or {open}.</source>
      <translation>Quand aucun blueprint n’est ouvert, la page d’accueil propose un blueprint vierge, les modèles, Ouvrir… et vos fichiers récents. Depuis les menus : {new}, {template} ou {open}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="390" />
      <source>Without the window</source>
      <translation>Sans la fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="273" />
      <source>{compare} runs two scenarios and shows the differences; {watch} replays tickets moving through the flow. {results}, {log} and {report} save the figures, the event log (CSV or XES) and a PDF report.</source>
      <translation>{compare} simule deux scénarios et montre leurs écarts ; {watch} rejoue le passage des tickets dans le flux. {results}, {log} et {report} enregistrent les chiffres, le journal d’événements (CSV ou XES) et un rapport PDF.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="369" />
      <source>{export} produces a vector PDF of the blueprint (title block, legend, lanes and lines; A4 or A3, portrait or landscape, fitted on one page or tiled), with the simulation report if you wish, or an SVG drawing or a PNG image. The default paper size is set in {preferences}.</source>
      <translation>{export} produit un PDF vectoriel du blueprint (cartouche, légende, couloirs et lignes ; A4 ou A3, portrait ou paysage, sur une seule page ou en mosaïque), avec le rapport de simulation si vous le souhaitez, ou bien un dessin SVG ou une image PNG. Le format de papier par défaut se règle dans {preferences}.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="358" />
      <source>{handout} prints each ticket card's path as numbered steps, as a PDF to hand out to the class.</source>
      <translation>{handout} imprime le parcours de chaque fiche ticket en étapes numérotées, dans un PDF à distribuer aux stagiaires.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="381" />
      <source>{import_bpmn} opens a BPMN 2.0 process (from Camunda, Signavio, Bizagi…) with its BPSim simulation data as a new blueprint: check the kind of each lane first, then read in the Diagnostics panel what the import guessed or changed. {export_bpmn} writes the blueprint as BPMN 2.0 for other tools.</source>
      <translation>{import_bpmn} ouvre un processus BPMN 2.0 (issu de Camunda, Signavio, Bizagi…) avec ses données de simulation BPSim comme nouveau blueprint : vérifiez d’abord le type de chaque couloir, puis lisez dans le panneau Diagnostics ce que l’import a déduit ou modifié. {export_bpmn} enregistre le blueprint en BPMN 2.0 pour d’autres outils.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="325" />
      <source>{label}: {note}</source>
      <translation>{label} : {note}</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="248" />
      <source>{save} writes the file safely (the previous version is kept as .bak); {save_as} saves it under another name. Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</source>
      <translation>{save} enregistre le fichier en toute sécurité (la version précédente est gardée en .bak) ; {save_as} l’enregistre sous un autre nom. Le travail non enregistré est mis de côté chaque minute : après un plantage, Blueprint Studio vous le propose au démarrage suivant.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="171" />
      <source>{settings} holds what is not drawn: the document (title, language, currency), the ticket fields with their values, their words in French and English and their shares at arrival, the pools of agents with their shifts painted on a weekly grid, the calendars with opening hours and public holidays, and the SLA policies. A condition is built from pick lists (field, operator, values) beside its text, there and in the Properties panel; an intake may have its own shares of a field's values.</source>
      <translation>{settings} réunit ce qui ne se dessine pas : le document (titre, langue, devise), les champs du ticket avec leurs valeurs, leurs libellés en français et en anglais et leurs parts à l’arrivée, les équipes d’agents avec leurs plannings peints sur une grille hebdomadaire, les calendriers avec leurs horaires d’ouverture et leurs jours fériés, et les politiques SLA. Une condition se compose à partir de listes (champ, opérateur, valeurs) à côté de son texte, là comme dans le panneau Propriétés ; une entrée peut avoir ses propres parts des valeurs d’un champ.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="343" />
      <source>{start} steps a sample ticket through the blueprint: the current step is highlighted with its instructions, template response and mandatory fields, and at each decision the trainee picks the branch. {quiz} scores the trainee's choices; {presenter} enlarges everything for a projector; {end} stops.</source>
      <translation>{start} fait suivre le blueprint à un ticket d’exemple : l’étape en cours est mise en évidence avec ses consignes, sa réponse type et ses champs obligatoires, et à chaque décision le stagiaire choisit la branche. {quiz} note les choix du stagiaire ; {presenter} agrandit tout pour le vidéoprojecteur ; {end} y met fin.</translation>
    </message>
    <message>
      <location filename="../../app/shell/help.py" line="288" />
      <source>{targets} says what the help desk must meet: per SLA policy the share of tickets allowed to breach it, the queue wait, utilisation and abandonment. {staffing} simulates variations of a scenario (arrival multipliers, agents per pool), or searches the cheapest number of agents that meets every target, with confidence intervals; any plan opens as a scenario, and the PDF report adds the recommendation. A Dask scheduler address in {preferences} runs them on other machines.</source>
      <translation>{targets} fixe ce que le support doit respecter : par politique SLA, la part de tickets autorisés à la dépasser, l’attente en file, le taux d’occupation et les abandons. {staffing} simule des variantes d’un scénario (multiplicateurs d’arrivées, agents par équipe) ou cherche le nombre d’agents le moins coûteux qui respecte tous les objectifs, avec des intervalles de confiance ; chaque plan s’ouvre comme scénario et le rapport PDF reprend la recommandation. Une adresse d’ordonnanceur Dask dans {preferences} permet de lancer les calculs sur d’autres machines.</translation>
    </message>
  </context>
  <context>
    <name>Kpi</name>
    <message>
      <location filename="../../model/kpis.py" line="89" />
      <source>A rejected ticket takes the approval's rejection path, by default back to the step it came from.</source>
      <translation>Un ticket refusé suit le chemin de refus de l’approbation, par défaut le retour à l’étape d’où il vient.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="111" />
      <source>A resolved ticket that was never escalated, never re-opened (an unsatisfied survey, or a way back to an earlier step after the customer's answer, however it is drawn), never waited for the customer and is not a feature request sent to the roadmap. The rate is such tickets out of all resolved tickets.</source>
      <translation>Un ticket résolu qui n’a jamais été escaladé, jamais rouvert (enquête de satisfaction négative, ou retour à une étape antérieure après la réponse du client, quelle que soit la façon dont il est dessiné), n’a jamais attendu le client et n’est pas une demande d’évolution transmise à la feuille de route. Le taux rapporte ces tickets à l’ensemble des tickets résolus.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="124" />
      <source>A ticket counts as breached as soon as its SLA clock passes the first-response target without an answer, whatever happens to it next, even if it is still open at the end of the run.</source>
      <translation>Un ticket compte comme hors délai dès que son horloge SLA dépasse l’objectif de première réponse sans réponse, quelle que soit la suite, même s’il est encore ouvert à la fin de la simulation.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="118" />
      <source>A ticket counts as breached as soon as its SLA clock passes the target, whether it was then resolved, closed, abandoned or is still open at the end of the run. Tickets still open within their target are not counted yet.</source>
      <translation>Un ticket compte comme hors délai dès que son horloge SLA dépasse l’objectif, qu’il ait ensuite été résolu, clôturé, abandonné, ou qu’il soit encore ouvert à la fin de la simulation. Les tickets encore ouverts et dans les délais ne sont pas encore comptés.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="107" />
      <source>Agent minutes spent on duplicate tickets over the run, triage included: wasted work.</source>
      <translation>Minutes passées par les agents sur les tickets en doublon pendant la simulation, tri compris : du travail perdu.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="71" />
      <source>Agent time on duplicate tickets</source>
      <translation>Temps des agents sur les doublons</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="72" />
      <source>Agent time on merges at triage</source>
      <translation>Temps des agents sur les fusions au tri</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="77" />
      <source>Approval time, mean</source>
      <translation>Délai d’approbation, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="74" />
      <source>Approvals asked</source>
      <translation>Approbations demandées</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="75" />
      <source>Approvals granted</source>
      <translation>Approbations accordées</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="76" />
      <source>Approvals rejected</source>
      <translation>Approbations refusées</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="66" />
      <source>Contacts per ticket</source>
      <translation>Contacts par ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="24" />
      <source>Deflection rate (self-service)</source>
      <translation>Taux de déflexion (libre-service)</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="159" />
      <source>Deflection: a contact is deflected when it ends resolved having passed only through steps done by the customer (self-service) or by the system (automation), never through a step done by an agent. The deflection rate is deflected contacts out of all contacts. Deflected contacts are not counted as help-desk arrivals, resolutions or first-contact resolutions, nor in resolution times, SLA, escalation, re-open or survey figures.</source>
      <translation>Déflexion : un contact est dévié lorsqu’il se termine résolu sans être passé par une étape réalisée par un agent, seulement par des étapes réalisées par le client (libre-service) ou par le système (automatisation). Le taux de déflexion rapporte les contacts déviés à l’ensemble des contacts. Les contacts déviés ne sont comptés ni dans les tickets arrivés au centre de services, ni dans les tickets résolus, ni dans la résolution au premier contact, ni dans les délais de résolution, les SLA, les escalades, les réouvertures ou les enquêtes.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="70" />
      <source>Duplicate tickets</source>
      <translation>Tickets en doublon</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="69" />
      <source>Duplicate tickets worked, then merged</source>
      <translation>Tickets en doublon traités, puis fusionnés</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="145" />
      <source>Elapsed time from arrival to the end, for every ticket that ended: resolved, closed, abandoned or with no way on.</source>
      <translation>Temps écoulé de l’arrivée à la fin, pour chaque ticket terminé, qu’il soit résolu, clôturé, abandonné ou sans suite possible.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="130" />
      <source>Elapsed time: calendar minutes from arrival to resolution, nights and weekends included, for resolved tickets.</source>
      <translation>Temps écoulé : minutes calendaires de l’arrivée à la résolution, nuits et week-ends compris, pour les tickets résolus.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="47" />
      <source>Escalation rate</source>
      <translation>Taux d’escalade</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="97" />
      <source>Every contact from customers (first contacts and follow-ups about a ticket still open) per ticket opened by a first contact.</source>
      <translation>Tous les contacts des clients (premiers contacts et relances d’un ticket encore ouvert) par ticket ouvert par un premier contact.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="60" />
      <source>Feature requests sent to the roadmap</source>
      <translation>Demandes d’évolution transmises à la feuille de route</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="37" />
      <source>First response time (elapsed), mean</source>
      <translation>Délai de première réponse (temps écoulé), moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="39" />
      <source>First response time on the SLA clock, mean</source>
      <translation>Délai de première réponse selon l’horloge du SLA, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="46" />
      <source>First-contact resolution</source>
      <translation>Résolution au premier contact</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="50" />
      <source>First-response SLA breached, still open at the end</source>
      <translation>SLA de première réponse dépassé, tickets encore ouverts à la fin</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="48" />
      <source>First-response SLA breaches</source>
      <translation>Dépassements du SLA de première réponse</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="67" />
      <source>Follow-up contacts</source>
      <translation>Relances des clients</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="68" />
      <source>Follow-ups merged at triage</source>
      <translation>Relances fusionnées au tri</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="102" />
      <source>Follow-ups not recognised at triage become tickets of their own, worked, then merged into the customer's ticket: their share of all the tickets opened.</source>
      <translation>Les relances non reconnues au tri deviennent des tickets à part entière, traités, puis fusionnés avec le ticket du client : leur part de tous les tickets ouverts.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="85" />
      <source>Minutes from asking an approval to its answer, granted or rejected, per answer.</source>
      <translation>Minutes entre la demande d’approbation et la réponse, accordée ou refusée, par réponse.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="44" />
      <source>Queue wait, 90th percentile</source>
      <translation>Attente en file d’attente, 90e centile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="45" />
      <source>Queue wait, 95th percentile</source>
      <translation>Attente en file d’attente, 95e centile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="42" />
      <source>Queue wait, mean</source>
      <translation>Attente en file d’attente, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="43" />
      <source>Queue wait, median</source>
      <translation>Attente en file d’attente, médiane</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="93" />
      <source>Re-assignments to another pool that give a reason; the results list them per reason.</source>
      <translation>Réaffectations à une autre équipe avec un motif ; les résultats les détaillent par motif.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="58" />
      <source>Re-opened tickets</source>
      <translation>Tickets réouverts</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="55" />
      <source>Resolution SLA breached, still open at the end</source>
      <translation>SLA de résolution dépassé, tickets encore ouverts à la fin</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="53" />
      <source>Resolution SLA breaches</source>
      <translation>Dépassements du SLA de résolution</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="32" />
      <source>Resolution time (elapsed), 90th percentile</source>
      <translation>Délai de résolution (temps écoulé), 90e centile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="33" />
      <source>Resolution time (elapsed), 95th percentile</source>
      <translation>Délai de résolution (temps écoulé), 95e centile</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="34" />
      <source>Resolution time (elapsed), longest</source>
      <translation>Délai de résolution (temps écoulé), maximum</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="30" />
      <source>Resolution time (elapsed), mean</source>
      <translation>Délai de résolution (temps écoulé), moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="31" />
      <source>Resolution time (elapsed), median</source>
      <translation>Délai de résolution (temps écoulé), médiane</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="35" />
      <source>Resolution time on the SLA clock, mean</source>
      <translation>Délai de résolution selon l’horloge du SLA, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="135" />
      <source>SLA clock: the minutes the ticket's SLA policy counts (only business hours when it has a calendar), less the time paused waiting for the customer, for resolved tickets.</source>
      <translation>Horloge SLA : les minutes que compte la politique SLA du ticket (les seules heures ouvrées lorsqu’elle a un calendrier), moins le temps de suspension en attente du client, pour les tickets résolus.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="140" />
      <source>SLA clock: the minutes the ticket's SLA policy counts (only business hours when it has a calendar), less the time paused, from arrival to the first answer.</source>
      <translation>Horloge SLA : les minutes que compte la politique SLA du ticket (les seules heures ouvrées lorsqu’elle a un calendrier), moins le temps de suspension, de l’arrivée à la première réponse.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="59" />
      <source>Satisfied survey answers</source>
      <translation>Réponses satisfaites à l’enquête</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="63" />
      <source>Staff cost</source>
      <translation>Coût du personnel</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="155" />
      <source>The number of open tickets averaged exactly over the time after the warm-up.</source>
      <translation>Le nombre de tickets ouverts, moyenné exactement sur le temps écoulé après la mise en régime.</translation>
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
      <location filename="../../model/kpis.py" line="26" />
      <source>Tickets in the help desk, time average</source>
      <translation>Tickets en cours au centre de services, moyenne dans le temps</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="20" />
      <source>Tickets resolved</source>
      <translation>Tickets résolus</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="23" />
      <source>Tickets resolved by self-service</source>
      <translation>Tickets résolus en libre-service</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="25" />
      <source>Tickets still open at the end</source>
      <translation>Tickets encore ouverts à la fin</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="27" />
      <source>Tickets waiting in a queue, time average</source>
      <translation>Tickets en file d’attente, moyenne dans le temps</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="64" />
      <source>Tickets with no way out</source>
      <translation>Tickets sans issue</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="61" />
      <source>Time above the line of visibility, per ticket</source>
      <translation>Temps au-dessus de la ligne de visibilité, par ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="62" />
      <source>Time backstage, per ticket</source>
      <translation>Temps en coulisses, par ticket</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="150" />
      <source>Time between reaching a step and an agent starting on it, for every queue a ticket joined, including tickets that left the queue at a time limit or gave up.</source>
      <translation>Temps entre l’arrivée à une étape et sa prise en charge par un agent, pour chaque file d’attente rejointe par un ticket, y compris les tickets sortis de la file à l’échéance d’un délai ou abandonnés.</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="36" />
      <source>Time in the help desk, every outcome, mean</source>
      <translation>Temps passé au centre de services, toutes issues confondues, moyenne</translation>
    </message>
    <message>
      <location filename="../../model/kpis.py" line="78" />
      <source>Transfers with a reason</source>
      <translation>Transferts motivés</translation>
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
      <translation>mesuré sur {n} des {runs} réplications : pas d’intervalle</translation>
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
    <name>LadderBox</name>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="75" />
      <source> % of the target</source>
      <translation> % de l’objectif</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="101" />
      <source> % of the time limit</source>
      <translation> % du délai maximal</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="93" />
      <location filename="../../canvas/settings/ladder_box.py" line="59" />
      <source>&amp;Escalate tickets that run late</source>
      <translation>&amp;Escalader les tickets en retard</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="121" />
      <source>&amp;Follows:</source>
      <translation>&amp;Suit :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="160" />
      <location filename="../../canvas/settings/ladder_box.py" line="124" />
      <source>&amp;Raise priority:</source>
      <translation>&amp;Relever la priorité :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="96" />
      <location filename="../../canvas/settings/ladder_box.py" line="69" />
      <source>&amp;Warn at</source>
      <translation>&amp;Alerter à</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="190" />
      <source>(missing)</source>
      <translation>(introuvable)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="33" />
      <source>Add an escalation ladder</source>
      <translation>Ajouter une échelle d’escalade</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="71" />
      <source>An alert when this share of the target has passed (1 to 99 %)</source>
      <translation>Une alerte quand cette part de l’objectif est écoulée (de 1 à 99 %)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="159" />
      <location filename="../../canvas/settings/ladder_box.py" line="123" />
      <source>At the breach, &amp;notify:</source>
      <translation>Au dépassement, &amp;prévenir :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="36" />
      <source>Change the escalation warning</source>
      <translation>Modifier l’alerte d’escalade</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="38" />
      <source>Change the raised priority</source>
      <translation>Modifier la priorité relevée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="40" />
      <source>Change what happens to tickets in service</source>
      <translation>Modifier le sort des tickets en cours de traitement</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="35" />
      <source>Change what the escalation ladder follows</source>
      <translation>Modifier le délai suivi par l’échelle d’escalade</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="39" />
      <source>Change where late tickets are re-assigned</source>
      <translation>Modifier la réaffectation des tickets en retard</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="37" />
      <source>Change who is notified at the breach</source>
      <translation>Modifier qui est prévenu au dépassement</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="51" />
      <source>Escalation ladder</source>
      <translation>Échelle d’escalade</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="124" />
      <source>Queued tickets go to the escalation target at the time limit in any case</source>
      <translation>Les tickets en file d’attente passent de toute façon à la cible d’escalade à la fin du délai maximal</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="125" />
      <source>Re-&amp;assign to:</source>
      <translation>Ré&amp;affecter à :</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="34" />
      <source>Remove the escalation ladder</source>
      <translation>Retirer l’échelle d’escalade</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="77" />
      <source>Share of the target, in % (1 to 99), at which the warning is sent</source>
      <translation>Part de l’objectif, en % (de 1 à 99), à laquelle l’alerte est envoyée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="103" />
      <source>Share of the time limit, in % (1 to 99), at which the warning is sent</source>
      <translation>Part du délai maximal, en % (de 1 à 99), à laquelle l’alerte est envoyée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="116" />
      <location filename="../../canvas/settings/ladder_box.py" line="89" />
      <source>The priority the ticket gets (never lowered); a priority queue serves it sooner</source>
      <translation>La priorité que reçoit le ticket (jamais abaissée) ; une file d’attente par priorité le traite plus tôt</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="82" />
      <source>The role notified when the target passes; each notification is counted</source>
      <translation>Le rôle prévenu quand l’objectif est dépassé ; chaque notification est comptée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="108" />
      <source>The role notified when the time limit passes; each notification is counted</source>
      <translation>Le rôle prévenu quand le délai maximal est dépassé ; chaque notification est comptée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="68" />
      <source>The target whose clock the ladder follows</source>
      <translation>L’objectif dont l’échelle suit l’horloge</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="85" />
      <source>The ticket field that says its priority</source>
      <translation>Le champ du ticket qui indique sa priorité</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="161" />
      <location filename="../../canvas/settings/ladder_box.py" line="126" />
      <source>Tickets in &amp;service:</source>
      <translation>Tickets en cours de &amp;traitement :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="78" />
      <source>Warn at, in % of the target</source>
      <translation>Alerter à, en % de l’objectif</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="62" />
      <source>Warn before the target passes, then notify, raise the priority or re-assign</source>
      <translation>Alerter avant le dépassement de l’objectif, puis prévenir, relever la priorité ou réaffecter</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="95" />
      <source>Warn before the time limit passes, then notify or raise the priority</source>
      <translation>Alerter avant la fin du délai maximal, puis prévenir ou relever la priorité</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="99" />
      <source>What a re-assignment does to a ticket an agent is already working on</source>
      <translation>Ce que fait une réaffectation d’un ticket qu’un agent traite déjà</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="93" />
      <source>Where late tickets go: another pool for the same step, or another step</source>
      <translation>Où vont les tickets en retard : une autre équipe pour la même étape, ou une autre étape</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="97" />
      <source>escalate after the current piece of work</source>
      <translation>escalader une fois la tâche en cours terminée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="98" />
      <source>escalate at once, interrupting the work</source>
      <translation>escalader aussitôt, en interrompant la tâche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="121" />
      <source>go to the escalation target after the current piece of work</source>
      <translation>passent à la cible d’escalade une fois la tâche en cours terminée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="122" />
      <source>go to the escalation target at once, interrupting the work</source>
      <translation>passent aussitôt à la cible d’escalade, en interrompant la tâche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="52" />
      <source>no change</source>
      <translation>inchangée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="106" />
      <location filename="../../canvas/settings/ladder_box.py" line="81" />
      <source>nobody (e.g. Team lead)</source>
      <translation>personne (p. ex. Chef d’équipe)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="171" />
      <source>nowhere (they stay where they are)</source>
      <translation>nulle part (ils restent où ils sont)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="120" />
      <location filename="../../canvas/settings/ladder_box.py" line="96" />
      <source>stay with their agent</source>
      <translation>restent avec leur agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="67" />
      <source>the first-response target</source>
      <translation>le délai de première réponse</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="174" />
      <source>the pool {name}</source>
      <translation>l’équipe {name}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="66" />
      <source>the resolution target</source>
      <translation>le délai de résolution</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/ladder_box.py" line="179" />
      <source>the step {name}</source>
      <translation>l’étape {name}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/ladder_form.py" line="152" />
      <location filename="../../canvas/settings/ladder_box.py" line="110" />
      <source>to</source>
      <translation>à</translation>
    </message>
  </context>
  <context>
    <name>LadderWords</name>
    <message>
      <location filename="../../model/ladder_words.py" line="38" />
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="26" />
      <source>At the breach ({time}): the breach is counted.</source>
      <translation>Au dépassement ({time}) : le dépassement est compté.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="25" />
      <source>At the breach ({time}): {actions}.</source>
      <translation>Au dépassement ({time}) : {actions}.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="23" />
      <source>At {percent} of the target ({time}): a warning.</source>
      <translation>À {percent} de l’objectif ({time}) : une alerte.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="24" />
      <source>At {percent} of the time limit ({time}): a warning.</source>
      <translation>À {percent} du délai maximal ({time}) : une alerte.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="47" />
      <source>Escalation breaches</source>
      <translation>Dépassements (échelle d’escalade)</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="53" />
      <source>Escalation ladder</source>
      <translation>Échelle d’escalade</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="52" />
      <source>Escalation ladders</source>
      <translation>Échelles d’escalade</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="46" />
      <source>Escalation warnings</source>
      <translation>Alertes d’escalade</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="21" />
      <source>First-response target: {time}.</source>
      <translation>Délai de première réponse : {time}.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="48" />
      <source>Notifications sent</source>
      <translation>Notifications envoyées</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="43" />
      <source>On time: no escalation yet.</source>
      <translation>Dans les délais : pas encore d’escalade.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="49" />
      <source>Priorities raised</source>
      <translation>Priorités relevées</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="20" />
      <source>Resolution target: {time}.</source>
      <translation>Délai de résolution : {time}.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="41" />
      <source>SLA policy {n}</source>
      <translation>Politique de SLA {n}</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="45" />
      <source>Target passed: the ticket is escalated.</source>
      <translation>Objectif dépassé : le ticket est escaladé.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="50" />
      <source>Tickets re-assigned</source>
      <translation>Tickets réaffectés</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="51" />
      <source>Tickets taken off their agent</source>
      <translation>Tickets retirés à leur agent</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="22" />
      <source>Time limit: {time}.</source>
      <translation>Délai maximal : {time}.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="44" />
      <source>Warning: {percent} of the target has passed.</source>
      <translation>Alerte : {percent} de l’objectif est écoulé.</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="54" />
      <source>What each SLA policy and time limit does as a ticket runs late, and how often it did in the run (means per replication).</source>
      <translation>Ce que fait chaque politique de SLA et chaque délai maximal quand un ticket prend du retard, et combien de fois pendant la simulation (moyennes par réplication).</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="32" />
      <source>a ticket already in service goes once the current piece of work is done</source>
      <translation>un ticket déjà en cours de traitement y passe une fois la tâche en cours terminée</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="35" />
      <source>a ticket already in service is taken off its agent at once</source>
      <translation>un ticket déjà en cours de traitement est aussitôt retiré à son agent</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="31" />
      <source>a ticket already in service stays with its agent</source>
      <translation>un ticket déjà en cours de traitement reste avec son agent</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="86" />
      <source>of which {n} was interrupted</source>
      <translation>dont {n} interrompue</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="87" />
      <source>of which {n} were interrupted</source>
      <translation>dont {n} interrompues</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="30" />
      <source>the ticket goes to the pool “{name}”</source>
      <translation>le ticket passe à l’équipe « {name} »</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="29" />
      <source>the ticket goes to the step “{name}”</source>
      <translation>le ticket passe à l’étape « {name} »</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="40" />
      <source>untitled pool</source>
      <translation>équipe sans nom</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="39" />
      <source>untitled step</source>
      <translation>étape sans titre</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="28" />
      <source>{field} goes up to {value}</source>
      <translation>{field} passe à {value}</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="59" />
      <source>{name}: {warnings}, {breaches}, {notified}, {raised}, {reassigned}, {interrupted}</source>
      <translation>{name} : {warnings}, {breaches}, {notified}, {raised}, {reassigned}, {interrupted}</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="42" />
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="70" />
      <source>{n} breach</source>
      <translation>{n} dépassement</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="71" />
      <source>{n} breaches</source>
      <translation>{n} dépassements</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="74" />
      <source>{n} notification sent</source>
      <translation>{n} notification envoyée</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="75" />
      <source>{n} notifications sent</source>
      <translation>{n} notifications envoyées</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="79" />
      <source>{n} priorities raised</source>
      <translation>{n} priorités relevées</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="78" />
      <source>{n} priority raised</source>
      <translation>{n} priorité relevée</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="82" />
      <source>{n} re-assignment</source>
      <translation>{n} réaffectation</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="83" />
      <source>{n} re-assignments</source>
      <translation>{n} réaffectations</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="66" />
      <source>{n} warning</source>
      <translation>{n} alerte</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="67" />
      <source>{n} warnings</source>
      <translation>{n} alertes</translation>
    </message>
    <message>
      <location filename="../../model/ladder_words.py" line="27" />
      <source>{role} is notified</source>
      <translation>{role} est prévenu</translation>
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
      <translation>Cliquez sur l'en-tête d'une colonne pour trier les agents selon celle-ci</translation>
    </message>
    <message>
      <location filename="../../app/simulation/leaderboard.py" line="127" />
      <source>Click a column's header to sort; Escape closes.</source>
      <translation>Cliquez sur l'en-tête d'une colonne pour trier ; Échap ferme.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/leaderboard.py" line="106" />
      <source>Each agent's figures: a leaderboard, sortable by column</source>
      <translation>Les chiffres de chaque agent : un classement, à trier par colonne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/leaderboard.py" line="149" />
      <source>No agent leaderboard yet: simulate a blueprint whose pools have named agents.</source>
      <translation>Pas encore de classement des agents : simulez un blueprint dont les équipes ont des agents nommés.</translation>
    </message>
  </context>
  <context>
    <name>LoadErrors</name>
    <message>
      <location filename="../../model/load_texts.py" line="84" />
      <source>a choice field needs at least one value</source>
      <translation>un champ à choix doit avoir au moins une valeur</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="116" />
      <source>a file stands where a folder is expected</source>
      <translation>un fichier se trouve à la place d’un dossier</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="99" />
      <source>a link has at most one of: a condition, a probability, or default</source>
      <translation>un lien a au plus une de ces règles : une condition, une probabilité ou « par défaut »</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="102" />
      <source>a scenario needs a horizon or a number of tickets</source>
      <translation>un scénario doit avoir un horizon ou un nombre de tickets</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="94" />
      <source>a shift must end after it starts (split a night shift in two)</source>
      <translation>un horaire doit se terminer après son début (coupez un horaire de nuit en deux)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="55" />
      <source>has an unknown kind '{tag}' (expected {expected_tags})</source>
      <translation>est d’un type inconnu « {tag} » (attendu : {expected_tags})</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="89" />
      <source>has labels for “{value}”, which is not one of its values</source>
      <translation>a des libellés pour « {value} », qui n’est pas l’une de ses valeurs</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="53" />
      <source>has too few items (at least {min_length})</source>
      <translation>compte trop peu d’éléments (au moins {min_length})</translation>
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
      <location filename="../../model/load_texts.py" line="114" />
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
      <location filename="../../model/load_texts.py" line="86" />
      <source>it needs one weight per value</source>
      <translation>il faut un poids par valeur</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="92" />
      <source>its default “{value}” is not one of its values</source>
      <translation>sa valeur par défaut « {value} » n’est pas l’une de ses valeurs</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="85" />
      <source>its values must all differ</source>
      <translation>ses valeurs doivent toutes être différentes</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="87" />
      <source>its weights must not all be zero</source>
      <translation>ses poids ne doivent pas tous être nuls</translation>
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
      <location filename="../../model/load_texts.py" line="98" />
      <source>must be a date written YYYY-MM-DD</source>
      <translation>doit être une date au format AAAA-MM-JJ</translation>
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
      <location filename="../../model/load_texts.py" line="88" />
      <source>only a choice field has values and weights</source>
      <translation>seul un champ à choix a des valeurs et des poids</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="97" />
      <source>opening hours must end after they start</source>
      <translation>les heures d’ouverture doivent se terminer après leur début</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="111" />
      <source>permission denied</source>
      <translation>accès refusé</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="109" />
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="112" />
      <source>the disk is read-only</source>
      <translation>le disque est en lecture seule</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="110" />
      <source>the disk quota is exceeded</source>
      <translation>le quota du disque est dépassé</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="105" />
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
      <location filename="../../model/load_texts.py" line="115" />
      <source>the file name is too long</source>
      <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="113" />
      <source>the file or folder does not exist</source>
      <translation>le fichier ou le dossier n’existe pas</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="80" />
      <source>the lowest value must not exceed the highest</source>
      <translation>la valeur la plus basse ne doit pas dépasser la plus haute</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="81" />
      <source>the most likely value must lie between the lowest and the highest</source>
      <translation>la valeur la plus probable doit être comprise entre la plus basse et la plus haute</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="103" />
      <source>the warm-up must be shorter than the horizon</source>
      <translation>la mise en régime doit être plus courte que l’horizon</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="117" />
      <source>too many symbolic links (a link points back to itself)</source>
      <translation>trop de liens symboliques (un lien pointe sur lui-même)</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="33" />
      <source>written by {writer} in file format {version}, which this version (Blueprint Studio {ours}, format {format}) cannot read without losing information; update Blueprint Studio to open it</source>
      <translation>écrit par {writer} au format de fichier {version}, que cette version (Blueprint Studio {ours}, format {format}) ne peut pas lire sans perte d’informations ; mettez Blueprint Studio à jour pour l’ouvrir</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="104" />
      <source>“{key}” is used twice</source>
      <translation>« {key} » est utilisé deux fois</translation>
    </message>
    <message>
      <location filename="../../model/load_texts.py" line="93" />
      <source>“{name}” is a built-in field</source>
      <translation>« {name} » est un champ intégré à chaque ticket</translation>
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
      <location filename="../../app/shell/main_window.py" line="86" />
      <source>Autosave failed: {reason}</source>
      <translation>Échec de l’enregistrement automatique : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="290" />
      <source>Diagnostics</source>
      <translation>Diagnostics</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="147" />
      <source>Exported to {path}</source>
      <translation>Exporté dans {path}</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="445" />
      <source>Insert a “{kind}” node next to the selected one, linked to it, and type its name</source>
      <translation>Insérer un nœud « {kind} » à côté du nœud sélectionné, relié à lui, puis saisir son nom</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="433" />
      <source>No problems</source>
      <translation>Aucun problème</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="398" />
      <source>Not saved yet</source>
      <translation>Pas encore enregistré</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="417" />
      <source>Nothing selected</source>
      <translation>Aucune sélection</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="49" />
      <source>Open &amp;recent</source>
      <translation>Fichiers &amp;récents</translation>
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
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="457" />
      <source>Show or hide the toolbar</source>
      <translation>Afficher ou masquer la barre d’outils</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="455" />
      <source>Show or hide the {panel} panel</source>
      <translation>Afficher ou masquer le panneau {panel}</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="256" />
      <source>Show or hide {panel}</source>
      <translation>Afficher ou masquer : {panel}</translation>
    </message>
    <message>
      <location filename="../../app/shell/menus.py" line="428" />
      <location filename="../../app/shell/menus.py" line="457" />
      <source>Toolbar</source>
      <translation>Barre d’outils</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="422" />
      <source>Zoom {percent} %</source>
      <translation>Zoom {percent} %</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="403" />
      <source>{name}[*] — Blueprint Studio</source>
      <translation>{name}[*] — Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="415" />
      <source>{n} element selected</source>
      <translation>{n} élément sélectionné</translation>
    </message>
    <message>
      <location filename="../../app/shell/main_window.py" line="415" />
      <source>{n} elements selected</source>
      <translation>{n} éléments sélectionnés</translation>
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
    <name>NotifyWords</name>
    <message>
      <location filename="../../model/notify_words.py" line="21" />
      <source>How often each role was notified by the automated actions of steps and transitions (means per replication). The escalation ladders' notifications are counted with their ladders.</source>
      <translation>Nombre de notifications reçues par chaque rôle à la suite des actions automatiques des étapes et des transitions (moyennes par réplication). Les notifications des échelles d’escalade sont comptées avec leur échelle.</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="20" />
      <source>Notifications</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="16" />
      <source>Notifications sent by steps and transitions: {roles}</source>
      <translation>Notifications envoyées par les étapes et les transitions : {roles}</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="18" />
      <source>Notifications to {role}</source>
      <translation>Notifications – {role}</translation>
    </message>
    <message>
      <location filename="../../model/notify_words.py" line="19" />
      <source>Notifications to {role}: {count}</source>
      <translation>Notifications – {role} : {count}</translation>
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
      <translation>Faites-le glisser sur le canevas, ou cliquez dessus puis sur le canevas ; Entrée l’insère à côté du nœud sélectionné</translation>
    </message>
  </context>
  <context>
    <name>Paper</name>
    <message>
      <location filename="../../export/strings.py" line="115" />
      <source>95 % confidence interval</source>
      <translation>Intervalle de confiance à 95 %</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="155" />
      <source>Above, the whole blueprint with each part that follows framed on it; below, those parts, stage by stage from left to right, printed large enough to read.</source>
      <translation>Ci-dessus, le schéma entier, chaque partie qui suit y étant encadrée ; ci-dessous, ces parties, phase par phase de gauche à droite, imprimées assez grand pour être lues.</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="57" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="43" />
      <source>Agents per pool</source>
      <translation>Agents par équipe</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="130" />
      <source>All tickets</source>
      <translation>Tous les tickets</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="109" />
      <source>Arrival multiplier</source>
      <translation>Multiplicateur d’arrivées</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="195" />
      <source>Arrives by {channel}</source>
      <translation>Arrive par {channel}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="40" />
      <source>Association</source>
      <translation>Association</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="55" />
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="30" />
      <source>Automated step</source>
      <translation>Étape automatisée</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="42" />
      <source>B − A (95 % interval)</source>
      <translation>B − A (intervalle à 95 %)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="46" />
      <source>Backstage actions</source>
      <translation>Actions en coulisses</translation>
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
      <translation>Branche suivie</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="169" />
      <source>Breaches by SLA policy</source>
      <translation>Dépassements par politique de SLA</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="34" />
      <source>Comparison of two scenarios</source>
      <translation>Comparaison de deux scénarios</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="67" />
      <source>Cost against SLA breaches</source>
      <translation>Coût et dépassements du SLA</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="58" />
      <source>Cost per week</source>
      <translation>Coût par semaine</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="57" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="68" />
      <source>Each dot is a plan simulated: green meets every target, red misses one, amber is undecided. The line joins the plans no other beats on both cost and breaches; the circle is the recommendation.</source>
      <translation>Chaque point est un plan simulé : vert, il respecte tous les objectifs ; rouge, il en manque un ; orange, il reste indécis. La ligne relie les plans qu’aucun autre ne bat à la fois sur le coût et sur les dépassements ; le cercle marque la recommandation.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="138" />
      <source>Each grey line is one replication; the dark line is their mean.</source>
      <translation>Chaque courbe grise est une réplication ; la courbe foncée est leur moyenne.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="45" />
      <source>Frontstage actions</source>
      <translation>Actions en première ligne</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="184" />
      <source>Guidance</source>
      <translation>Consignes</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="41" />
      <location filename="../../export/strings.py" line="113" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="28" />
      <source>Intake (channel)</source>
      <translation>Entrée (canal)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="112" />
      <source>Key indicators</source>
      <translation>Indicateurs clés</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="67" />
      <source>Lanes</source>
      <translation>Couloirs</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="27" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="186" />
      <source>Mandatory fields</source>
      <translation>Champs obligatoires</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="148" />
      <source>Mean time a closed ticket spends in each step or wait, queueing included.</source>
      <translation>Temps moyen qu’un ticket clôturé passe dans chaque étape ou attente, file d’attente comprise.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="160" />
      <source>Mean wait</source>
      <translation>Attente moyenne</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="116" />
      <source>Means over {n} replications; the interval contains the true mean with 95 % confidence. A dash means the indicator does not apply.</source>
      <translation>Moyennes sur {n} réplications ; l’intervalle contient la vraie moyenne avec une confiance de 95 %. Un tiret signale un indicateur sans objet.</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="52" />
      <source>No plan met every target within the range searched. The closest plans are on the frontier below.</source>
      <translation>Aucun plan de la plage explorée ne respecte tous les objectifs. Les plans les plus proches figurent sur la frontière ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="103" />
      <source>No ticket was measured: every ticket arrived during the warm-up ({warmup}).</source>
      <translation>Aucun ticket mesuré : tous les tickets sont arrivés pendant la mise en régime ({warmup}).</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="121" />
      <source>One replication: no confidence interval.</source>
      <translation>Une seule réplication : pas d’intervalle de confiance.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="137" />
      <source>Open tickets over time</source>
      <translation>Tickets ouverts au fil du temps</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="54" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="60" />
      <source>Page map</source>
      <translation>Plan d’assemblage</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="58" />
      <source>Page {page} of {pages}</source>
      <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="182" />
      <source>Path</source>
      <translation>Parcours</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="56" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="62" />
      <source>Plans simulated: {evaluated} of {candidates} considered; settled early, before all their replications: {dropped}; replications not run: {saved}.</source>
      <translation>Plans simulés : {evaluated} sur {candidates} envisagés ; réglés tôt, avant toutes leurs réplications : {dropped} ; réplications non lancées : {saved}.</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="44" />
      <location filename="../../export/strings.py" line="111" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="61" />
      <source>Printed at {scale} % on {count} sheets with {overlap} mm overlap: trim along the crop marks and align each sheet on the dashed overlap of the previous one.</source>
      <translation>Imprimé à {scale} % sur {count} feuilles avec {overlap} mm de recouvrement : coupez le long des traits de coupe et alignez chaque feuille sur le recouvrement en pointillés de la précédente.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="167" />
      <source>Queue waits and breaches by field value</source>
      <translation>Attentes en file et dépassements de SLA par valeur de champ</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="173" />
      <source>Queue, mean</source>
      <translation>File moyenne</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="176" />
      <source>Queue, mean (tickets)</source>
      <translation>File d’attente moyenne (tickets)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="108" />
      <source>Random seed</source>
      <translation>Graine aléatoire</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="123" />
      <source>Resolution time</source>
      <translation>Délai de résolution</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="61" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="56" />
      <source>Revision</source>
      <translation>Révision</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="75" />
      <source>SLA breaches (%)</source>
      <translation>dépassements du SLA (%)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="170" />
      <source>SLA policy</source>
      <translation>Politique de SLA</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="131" />
      <source>SLA target</source>
      <translation>Objectif SLA</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="187" />
      <source>SLA targets</source>
      <translation>Objectifs SLA</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="74" />
      <source>Scenario</source>
      <translation>Scénario</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="31" />
      <source>Self-service step</source>
      <translation>Étape en libre-service</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="69" />
      <source>Service blueprint</source>
      <translation>Service blueprint</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="76" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="144" />
      <source>Share of the agents' on-duty time spent serving tickets (mean and 95 % interval).</source>
      <translation>Part du temps de présence des agents passée à traiter des tickets (moyenne et intervalle à 95 %).</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="59" />
      <source>Sheet {label}</source>
      <translation>Feuille {label}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="77" />
      <source>Simulated time</source>
      <translation>Durée simulée</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="70" />
      <location filename="../../export/strings.py" line="73" />
      <source>Simulation report</source>
      <translation>Rapport de simulation</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="110" />
      <source>Staffing</source>
      <translation>Effectifs</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="45" />
      <source>Staffing recommendation</source>
      <translation>Recommandation d’effectifs</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="183" />
      <source>Step {n}</source>
      <translation>Étape {n}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="162" />
      <source>Steps</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="152" />
      <source>Steps coloured by the mean wait for an agent; grey nodes do not queue.</source>
      <translation>Étapes colorées selon l’attente moyenne d’un agent ; les nœuds gris n’ont pas de file d’attente.</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="60" />
      <source>Target</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="59" />
      <source>Targets</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="46" />
      <source>The cheapest plan found that meets every staffing target of the document, for the scenario “{scenario}”. A target counts as met when its whole 95 % confidence interval is within the limit.</source>
      <translation>Le plan le moins coûteux trouvé qui respecte tous les objectifs de dimensionnement du document, pour le scénario « {scenario} ». Un objectif est atteint quand tout son intervalle de confiance à 95 % respecte la limite.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="124" />
      <source>The results keep the median, the 90th and 95th percentiles, the longest time and the mean of each group: bars show the quantiles, the diamond the mean, the red line the resolution target of the matching SLA.</source>
      <translation>Les résultats conservent la médiane, les 90e et 95e centiles, le délai le plus long et la moyenne de chaque groupe : les barres montrent les centiles, le losange la moyenne, le trait rouge l’objectif de résolution du SLA correspondant.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="192" />
      <source>This card has no expected path yet.</source>
      <translation>Cette fiche n’a pas encore de parcours attendu.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="181" />
      <source>Ticket fields</source>
      <translation>Champs du ticket</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="39" />
      <source>Ticket flow</source>
      <translation>Flux de tickets</translation>
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
      <translation>Tickets mesurés (après la mise en régime)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="177" />
      <source>Time limit exceeded (tickets)</source>
      <translation>Délai maximal dépassé (tickets)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="190" />
      <source>Time limit {limit}, then escalate to {target}</source>
      <translation>Délai maximal {limit}, puis escalade vers {target}</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="147" />
      <source>Time per state</source>
      <translation>Temps passé par état</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="53" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="71" />
      <location filename="../../export/strings.py" line="179" />
      <source>Training handout</source>
      <translation>Support de formation</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="80" />
      <source>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time.</source>
      <translation>Instable : la file d’attente de « {node} » a dépassé {limit} tickets après {time} de temps simulé. La simulation a été arrêtée là : ses chiffres ne couvrent que cette période.</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="51" />
      <source>Untitled blueprint</source>
      <translation>Blueprint sans titre</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="143" />
      <source>Utilisation per pool</source>
      <translation>Taux d’occupation par équipe</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="164" />
      <source>Wait, 90th percentile</source>
      <translation>Attente, 90e centile</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="165" />
      <source>Wait, 95th percentile</source>
      <translation>Attente, 95e centile</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="106" />
      <source>Warm-up (not counted)</source>
      <translation>Mise en régime (non comptée)</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="166" />
      <source>What the indicators mean</source>
      <translation>Définition des indicateurs</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="151" />
      <source>Where tickets wait</source>
      <translation>Où les tickets attendent</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="204" />
      <source>abandoned</source>
      <translation>abandonné</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="201" />
      <source>another channel</source>
      <translation>un autre canal</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="193" />
      <source>business hours</source>
      <translation>heures ouvrées</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="199" />
      <source>chat</source>
      <translation>chat</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="203" />
      <source>closed</source>
      <translation>fermé</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="74" />
      <source>cost per week ({currency})</source>
      <translation>coût par semaine ({currency})</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="210" />
      <source>d</source>
      <translation>j</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="141" />
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="197" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="188" />
      <source>first response</source>
      <translation>première réponse</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="209" />
      <source>h</source>
      <translation>h</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="132" />
      <source>longest</source>
      <translation>maximum</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="208" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="207" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="161" />
      <source>no queue</source>
      <translation>sans file</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="142" />
      <source>open tickets</source>
      <translation>tickets ouverts</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="198" />
      <source>phone</source>
      <translation>téléphone</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="200" />
      <source>portal</source>
      <translation>le portail</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="205" />
      <source>rejected</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="189" />
      <source>resolution</source>
      <translation>résolution</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="202" />
      <source>resolved</source>
      <translation>résolu</translation>
    </message>
    <message>
      <location filename="../../export/strings.py" line="172" />
      <source>{label}: {note}</source>
      <translation>{label} : {note}</translation>
    </message>
    <message>
      <location filename="../../export/pdf_staffing.py" line="35" />
      <source>“{a}” (A) against “{b}” (B), {n} paired replications with the same random numbers. B − A is given with its 95 % confidence interval; a difference marked ● is real (its interval excludes zero).</source>
      <translation>« {a} » (A) face à « {b} » (B), {n} réplications appariées avec les mêmes nombres aléatoires. B − A est donné avec son intervalle de confiance à 95 % ; une différence marquée ● est réelle (son intervalle exclut zéro).</translation>
    </message>
  </context>
  <context>
    <name>PdfExportWorker</name>
    <message>
      <location filename="../../app/shell/workers.py" line="317" />
      <source>Simulating the scenario…</source>
      <translation>Simulation du scénario…</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="375" />
      <source>The PDF cannot be made: {reason}</source>
      <translation>Impossible de produire le PDF : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="376" />
      <source>The PDF could not be written ({reason}).</source>
      <translation>Le PDF n’a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="358" />
      <source>The blueprint has {n} validation error: the report cannot be simulated.</source>
      <translation>Le blueprint contient {n} erreur de validation : le rapport ne peut pas être simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="359" />
      <source>The blueprint has {n} validation errors: the report cannot be simulated.</source>
      <translation>Le blueprint contient {n} erreurs de validation : le rapport ne peut pas être simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="362" />
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="324" />
      <source>Writing the PDF…</source>
      <translation>Écriture du PDF…</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="365" />
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="370" />
      <source>{name} could not be written: {reason}</source>
      <translation>Impossible d’écrire {name} : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/shell/workers.py" line="368" />
      <source>{name} is a folder: choose a file name.</source>
      <translation>{name} est un dossier : choisissez un nom de fichier.</translation>
    </message>
  </context>
  <context>
    <name>PoolsTab</name>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="149" />
      <source>&amp;Add pool</source>
      <translation>&amp;Ajouter une équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="225" />
      <source>&amp;Cost:</source>
      <translation>&amp;Coût :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="223" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="226" />
      <source>&amp;Queue discipline:</source>
      <translation>Ordre de la &amp;file d’attente :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="153" />
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="315" />
      <source>(choose a field)</source>
      <translation>(choisir un champ)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="320" />
      <source>(missing field)</source>
      <translation>(champ manquant)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="409" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="224" />
      <source>A&amp;gents:</source>
      <translation>A&amp;gents :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="228" />
      <source>A&amp;ssignment:</source>
      <translation>Affectat&amp;ion :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="64" />
      <source>Add a named agent</source>
      <translation>Ajouter un agent nommé</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="151" />
      <source>Add a pool of agents that steps of any lane can use</source>
      <translation>Ajouter une équipe d’agents utilisable par les étapes de tous les couloirs</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="394" />
      <source>Add pool</source>
      <translation>Ajouter une équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="303" />
      <source>Another pool is also called “{name}”: steps would show two pools of that name.</source>
      <translation>Une autre équipe s’appelle aussi « {name} » : les étapes proposeraient deux équipes de ce nom.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="45" />
      <source>By SLA deadline (earliest first)</source>
      <translation>Par échéance SLA (la plus proche d’abord)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="44" />
      <source>By priority</source>
      <translation>Par priorité</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="63" />
      <source>Change a named agent</source>
      <translation>Modifier un agent nommé</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="61" />
      <source>Change the assignment rule</source>
      <translation>Modifier la règle d’affectation</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="58" />
      <source>Change the cost per agent-hour</source>
      <translation>Modifier le coût par heure-agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="57" />
      <source>Change the number of agents</source>
      <translation>Modifier le nombre d’agents</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="60" />
      <source>Change the priority field</source>
      <translation>Modifier le champ de priorité</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="59" />
      <source>Change the queue discipline</source>
      <translation>Modifier l’ordre de la file d’attente</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="62" />
      <source>Change the shifts</source>
      <translation>Modifier les horaires</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="67" />
      <source>Change the skill fallback</source>
      <translation>Modifier le délai de repli sur les compétences</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="66" />
      <source>Change the ticket ownership</source>
      <translation>Modifier l'attribution au propriétaire du ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="144" />
      <source>Every pool of agents; a lane's own pool says which lane. F2 renames.</source>
      <translation>Toutes les équipes d’agents ; l’équipe propre à un couloir indique lequel. F2 pour renommer.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="51" />
      <source>Fewest open tickets owned</source>
      <translation>Le moins de tickets ouverts en charge</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="43" />
      <source>First come, first served</source>
      <translation>Premier arrivé, premier servi</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="193" />
      <source>Head count. Without shifts, these agents are on duty around the clock; with shifts, the grid decides.</source>
      <translation>Effectif. Sans horaires, ces agents sont en service 24 h/24 ; avec des horaires, la grille fait foi.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="49" />
      <source>Least loaded agent</source>
      <translation>Agent le moins chargé</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="48" />
      <source>Next free agent</source>
      <translation>Premier agent libre</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="328" />
      <source>No choice field to rank by: add one (such as a priority) in the Ticket fields tab.</source>
      <translation>Aucun champ à choix pour classer la file : ajoutez-en un (une priorité, par exemple) dans l’onglet Champs du ticket.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="165" />
      <source>No pool yet. Add one: steps then pick it by its name.</source>
      <translation>Aucune équipe pour l’instant. Ajoutez-en une : les étapes la choisiront ensuite par son nom.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="388" />
      <source>Pool {number}</source>
      <translation>Équipe {number}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="135" />
      <location filename="../../canvas/settings/pools_tab.py" line="141" />
      <source>Pools</source>
      <translation>Équipes</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="209" />
      <source>Priority &amp;field:</source>
      <translation>C&amp;hamp de priorité :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="65" />
      <source>Remove a named agent</source>
      <translation>Retirer un agent nommé</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="415" />
      <location filename="../../canvas/settings/pools_tab.py" line="417" />
      <source>Remove pool</source>
      <translation>Retirer l’équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="155" />
      <source>Remove the selected pool (only when no step uses it)</source>
      <translation>Retirer l’équipe sélectionnée (seulement si aucune étape ne l’utilise)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="56" />
      <source>Rename pool</source>
      <translation>Renommer l’équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="53" />
      <source>Round-robin</source>
      <translation>À tour de rôle</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="52" />
      <source>Skills first</source>
      <translation>Compétences d'abord</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="207" />
      <source>The choice field whose order of values ranks the queue (first value first)</source>
      <translation>Le champ à choix dont l’ordre des valeurs classe la file d’attente (la première valeur d’abord)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="187" />
      <source>The name steps and reports show for this pool</source>
      <translation>Le nom sous lequel les étapes et les rapports désignent cette équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="286" />
      <source>What one agent of this pool costs per hour on duty, in {currency}</source>
      <translation>Ce que coûte un agent de cette équipe par heure de service, en {currency}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="215" />
      <source>Which agent gets a ticket when several are free: the next one, the one who served least, the one owning fewest open tickets, one with the skill the step requires, or each in turn</source>
      <translation>Quel agent reçoit un ticket quand plusieurs sont libres : le suivant, celui qui a le moins travaillé, celui qui a le moins de tickets ouverts en charge, un agent ayant la compétence requise par l'étape, ou chacun à tour de rôle</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="203" />
      <source>Which waiting ticket an agent who becomes free takes next</source>
      <translation>Le ticket en attente que prend un agent qui se libère</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="102" />
      <source>a re-assignment after the step “{title}”</source>
      <translation>une réaffectation après l’étape « {title} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="105" />
      <source>a re-assignment on the link {link}</source>
      <translation>une réaffectation sur le lien {link}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="108" />
      <source>the SLA policy “{name}”</source>
      <translation>la politique SLA « {name} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="111" />
      <source>the scenario “{name}”</source>
      <translation>le scénario « {name} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="100" />
      <source>the step “{title}”</source>
      <translation>l’étape « {title} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="261" />
      <source>{agents}, around the clock</source>
      <translation>{agents}, 24 h/24</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="262" />
      <source>{agents}, on shifts</source>
      <translation>{agents}, selon des horaires</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="310" />
      <source>{currency} / agent-hour</source>
      <translation>{currency} / heure-agent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="87" />
      <source>{pool} (lane {lane})</source>
      <translation>{pool} (couloir {lane})</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/pools_tab.py" line="408" />
      <source>“{pool}” cannot be removed while it is used by {users}. Give them another pool first.</source>
      <translation>« {pool} » ne peut pas être retirée tant qu’elle est utilisée par {users}. Attribuez-leur d’abord une autre équipe.</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../app/shell/preferences.py" line="57" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="51" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="72" />
      <source>&amp;Autosave every:</source>
      <translation>Enregistrement &amp;automatique toutes les :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="74" />
      <source>&amp;Dask scheduler address:</source>
      <translation>Adresse de l’ordonnanceur &amp;Dask :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="70" />
      <source>&amp;Grid size:</source>
      <translation>Taille de la &amp;grille :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="68" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="69" />
      <source>&amp;Theme:</source>
      <translation>&amp;Thème :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="63" />
      <source>Address of a Dask scheduler (e.g. tcp://192.168.1.20:8786) on which sweeps and the staffing finder run their simulations; empty: the processes of this machine</source>
      <translation>Adresse d’un ordonnanceur Dask (p. ex. tcp://192.168.1.20:8786) sur lequel les balayages et la recherche d’effectifs lancent leurs simulations ; vide : les processus de ce poste</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="29" />
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="24" />
      <source>English</source>
      <translation>Anglais (English)</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="27" />
      <source>Follow the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="23" />
      <source>French (Français)</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="28" />
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="73" />
      <source>PDF &amp;page size:</source>
      <translation>Format de &amp;page PDF :</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="41" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="52" />
      <source>Snap nodes to the grid</source>
      <translation>Aimanter les nœuds à la grille</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="22" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../../app/shell/preferences.py" line="60" />
      <source>empty: this machine</source>
      <translation>vide : ce poste</translation>
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
      <location filename="../../canvas/properties/subforms.py" line="68" />
      <source> agents</source>
      <translation> agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="249" />
      <location filename="../../canvas/properties/labels.py" line="278" />
      <source>(missing element)</source>
      <translation>(élément introuvable)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="212" />
      <source>A guard: the branch is offered only to tickets whose fields hold this condition.</source>
      <translation>Une garde : la branche n’est proposée qu’aux tickets dont les champs remplissent cette condition.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="130" />
      <source>A transition that needs approval: the ticket waits for the answer (minutes, no agent of the flow); approved, it goes on; rejected, it goes back to the step it comes from, or where you choose.</source>
      <translation>Une transition soumise à approbation : le ticket attend la réponse (en minutes, sans agent du parcours) ; approuvé, il poursuit ; refusé, il revient à l’étape d’où il vient, ou là où vous le choisissez.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="249" />
      <source>Abandoned</source>
      <translation>Abandonné</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="266" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="103" />
      <source>Add a duration rule</source>
      <translation>Ajouter une règle de durée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="218" />
      <source>Add action</source>
      <translation>Ajouter une action</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="117" />
      <source>Add field value</source>
      <translation>Ajouter une valeur de champ</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="152" />
      <source>Add own shares</source>
      <translation>Ajouter des parts propres</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="329" />
      <source>Add shift</source>
      <translation>Ajouter un créneau</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="51" />
      <source>After the timeout, go to</source>
      <translation>À l’expiration du délai, aller à</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="65" />
      <source>After: automated actions</source>
      <translation>Après : actions automatiques</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="419" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="65" />
      <source>Agents on duty</source>
      <translation>Agents de service</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="242" />
      <source>An agent</source>
      <translation>Un agent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="39" />
      <source>Approval</source>
      <translation>Approbation</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="25" />
      <source>Arrival rate (per hour)</source>
      <translation>Taux d’arrivée (par heure)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="91" />
      <source>Arrival rates that change by weekday and hour, in tickets per hour; replaces the constant rate.</source>
      <translation>Des taux d’arrivée qui varient selon le jour et l’heure, en tickets par heure ; remplacent le taux constant.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="421" />
      <source>Assignment</source>
      <translation>Affectation</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="46" />
      <source>Automated actions</source>
      <translation>Actions automatiques</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="54" />
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="63" />
      <source>Before: offered only when</source>
      <translation>Avant : proposé seulement si</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="78" />
      <source>By priority</source>
      <translation>Par priorité</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="67" />
      <source>Calendar</source>
      <translation>Calendrier</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="344" />
      <source>Change branch rule</source>
      <translation>Changer la règle de la branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="317" />
      <source>Change branch target</source>
      <translation>Changer la destination de la branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="24" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="237" />
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="248" />
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="53" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="420" />
      <source>Cost per agent hour</source>
      <translation>Coût par heure d’agent</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="40" />
      <source>Counts as first response</source>
      <translation>Compte comme première réponse</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="68" />
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="30" />
      <source>Customer patience (minutes)</source>
      <translation>Patience du client (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="48" />
      <source>Customer response time (minutes)</source>
      <translation>Délai de réponse du client (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="125" />
      <source>Customers who write again about a ticket still open: how many, when and through which channel. Each follow-up is a contact that a step with a merge rule can recognise and merge.</source>
      <translation>Les clients qui relancent au sujet d’un ticket encore ouvert : combien, quand et par quel canal. Chaque relance est un contact qu’une étape dotée d’une règle de fusion peut reconnaître et fusionner.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="62" />
      <source>Default branch</source>
      <translation>Branche par défaut</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="56" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="204" />
      <source>Distribution</source>
      <translation>Loi de durée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="66" />
      <source>Done by</source>
      <translation>Réalisée par</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="31" />
      <source>Duration (minutes)</source>
      <translation>Durée (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="32" />
      <source>Duration rules</source>
      <translation>Règles de durée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="64" />
      <source>During: fields to fill</source>
      <translation>Pendant : champs à remplir</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="235" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="79" />
      <source>Earliest SLA deadline</source>
      <translation>Échéance SLA la plus proche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="320" />
      <source>Edit branch</source>
      <translation>Modifier la branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="319" />
      <source>Edit branch condition</source>
      <translation>Modifier la condition de la branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="316" />
      <source>Edit branch label</source>
      <translation>Modifier le libellé de la branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="318" />
      <source>Edit branch share</source>
      <translation>Modifier la part de la branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="39" />
      <source>Empirical (samples)</source>
      <translation>Empirique (échantillons)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="64" />
      <source>End (hour)</source>
      <translation>Fin (heure)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="34" />
      <source>Escalate to</source>
      <translation>Escalader vers</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="35" />
      <source>Escalation ladder</source>
      <translation>Échelle d’escalade</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="49" />
      <source>Every ticket that reaches this branch takes it.</source>
      <translation>Tout ticket qui arrive à cette branche la prend.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="33" />
      <source>Exponential</source>
      <translation>Exponentielle</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="74" />
      <source>Fewest open tickets owned</source>
      <translation>Le moins de tickets ouverts en charge</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="28" />
      <source>Field values set at arrival</source>
      <translation>Valeurs des champs à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="77" />
      <source>First in, first out</source>
      <translation>Premier arrivé, premier servi</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="34" />
      <source>Fixed</source>
      <translation>Fixe</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="36" />
      <source>Follow-up contacts</source>
      <translation>Relances des clients</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="57" />
      <source>Fri</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="58" />
      <source>From node</source>
      <translation>Nœud de départ</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="38" />
      <source>Gamma</source>
      <translation>Gamma</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="161" />
      <source>Goes to</source>
      <translation>Mène à</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="44" />
      <source>Guidance for agents</source>
      <translation>Consignes pour les agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="20" />
      <source>Height</source>
      <translation>Hauteur</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="77" />
      <source>Height on the canvas, in points (1/72 inch at 100 % zoom).</source>
      <translation>Hauteur sur le canevas, en points (1/72 de pouce à 100 % de zoom).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="125" />
      <source>How a ticket is sent down this branch</source>
      <translation>Comment un ticket est orienté vers cette branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="107" />
      <source>How long a customer waits in the queue before giving up, in minutes. None: customers never give up.</source>
      <translation>Combien de temps un client attend dans la file d’attente avant d’abandonner, en minutes. Aucune : les clients n’abandonnent jamais.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="175" />
      <source>How long the customer takes to reply, in minutes (a distribution).</source>
      <translation>Le temps que met le client à répondre, en minutes (une distribution).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="111" />
      <source>How long the work takes once an agent starts it, in minutes (a distribution).</source>
      <translation>La durée du travail une fois qu’un agent l’a commencé, en minutes (une distribution).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="196" />
      <source>How the ticket ends here: resolved, closed, abandoned or rejected.</source>
      <translation>Comment le ticket se termine ici : résolu, clôturé, abandonné ou rejeté.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="84" />
      <source>How tickets arrive here: e-mail, phone, chat, portal or other.</source>
      <translation>Comment les tickets arrivent ici : e-mail, téléphone, chat, portail ou autre.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="164" />
      <source>Instructions or knowledge-base text for the agent; shown in walkthroughs and handouts.</source>
      <translation>Consignes ou article de la base de connaissances pour l’agent ; affichés dans les parcours guidés et les supports de formation.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="60" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="107" />
      <source>Label on the link</source>
      <translation>Libellé sur le lien</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="23" />
      <location filename="../../canvas/properties/labels.py" line="258" />
      <source>Lane</source>
      <translation>Couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="19" />
      <source>Lane kind</source>
      <translation>Type de couloir</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="72" />
      <source>Least loaded agent</source>
      <translation>Agent le moins chargé</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="257" />
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="37" />
      <source>Log-normal</source>
      <translation>Log-normale</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="45" />
      <source>Mandatory fields</source>
      <translation>Champs obligatoires</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="46" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="42" />
      <source>Mean</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="37" />
      <source>Merge rule</source>
      <translation>Règle de fusion</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="44" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="118" />
      <source>Minutes a ticket may wait in this queue before it escalates to the target below (empty: no limit).</source>
      <translation>Minutes pendant lesquelles un ticket peut attendre dans cette file avant d’être escaladé vers la cible ci-dessous (vide : sans limite).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="181" />
      <source>Minutes to wait for the customer before giving up and moving on. Empty: wait forever.</source>
      <translation>Minutes d’attente de la réponse du client avant de passer à la suite. Vide : attendre indéfiniment.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="53" />
      <source>Mon</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="45" />
      <source>Most likely</source>
      <translation>Valeur la plus probable</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="366" />
      <source>Move branch down</source>
      <translation>Descendre la branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="366" />
      <source>Move branch up</source>
      <translation>Monter la branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="112" />
      <source>Move down: tried later (Alt+Down)</source>
      <translation>Descendre : essayée plus tard (Alt+Bas)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="111" />
      <source>Move up: tried earlier (Alt+Up)</source>
      <translation>Monter : essayée plus tôt (Alt+Haut)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="418" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="71" />
      <source>Next free agent</source>
      <translation>Premier agent libre</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="257" />
      <source>No branch yet: draw links from this decision to the next steps.</source>
      <translation>Aucune branche pour l’instant : tracez des liens de cette décision vers les étapes suivantes.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="415" />
      <source>No field</source>
      <translation>Aucun champ</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="43" />
      <source>No rule</source>
      <translation>Sans règle</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="194" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="34" />
      <source>Notify</source>
      <translation>Notifier</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="239" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="114" />
      <source>Other durations in minutes for some tickets (P1 takes longer…); the first rule that holds applies.</source>
      <translation>D’autres durées en minutes pour certains tickets (un P1 prend plus longtemps…) ; la première règle remplie s’applique.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="42" />
      <source>Otherwise (default)</source>
      <translation>Sinon (par défaut)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="55" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="29" />
      <source>Own shares at arrival</source>
      <translation>Parts propres à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="41" />
      <source>Pauses the SLA clocks</source>
      <translation>Suspend les compteurs SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="236" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="232" />
      <location filename="../../canvas/properties/labels.py" line="260" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="22" />
      <source>Pool of agents</source>
      <translation>Équipe d’agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="238" />
      <source>Portal</source>
      <translation>Portail</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="423" />
      <source>Priority field</source>
      <translation>Champ de priorité</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="61" />
      <source>Probability</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="52" />
      <source>Probability of satisfaction</source>
      <translation>Probabilité de satisfaction</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="49" />
      <source>Probability the customer replies</source>
      <translation>Probabilité que le client réponde</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="47" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="422" />
      <source>Queue discipline</source>
      <translation>Ordre de la file d’attente</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="38" />
      <source>Rates by weekday and hour</source>
      <translation>Débit par jour et par heure</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="35" />
      <source>Re-assign to a pool</source>
      <translation>Réaffecter à une équipe</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="241" />
      <source>Reason for the transfer</source>
      <translation>Motif du transfert</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="135" />
      <source>Recognise follow-ups here (triage): a share is merged into the customer's open ticket after a detection time; the others become duplicate tickets, worked, then merged.</source>
      <translation>Reconnaître les relances ici (tri) : une part est fusionnée avec le ticket ouvert du client après un temps de détection ; les autres deviennent des tickets en doublon, traités, puis fusionnés.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="250" />
      <source>Rejected</source>
      <translation>Rejeté</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="291" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="38" />
      <source>Required skill</source>
      <translation>Compétence requise</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="247" />
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="76" />
      <source>Round-robin</source>
      <translation>À tour de rôle</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="262" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="50" />
      <source>Samples, separated by commas</source>
      <translation>Échantillons, séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="58" />
      <source>Sat</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="49" />
      <source>Scale</source>
      <translation>Échelle</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="261" />
      <source>Scenario</source>
      <translation>Scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="33" />
      <source>Send a template response</source>
      <translation>Envoyer une réponse type</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="32" />
      <source>Set a field</source>
      <translation>Renseigner un champ</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="48" />
      <source>Shape</source>
      <translation>Forme</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="41" />
      <source>Share of tickets</source>
      <translation>Part des tickets</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="424" />
      <source>Shifts</source>
      <translation>Plannings</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="75" />
      <source>Skills first</source>
      <translation>Compétences d'abord</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="259" />
      <source>Stage</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="47" />
      <source>Standard deviation</source>
      <translation>Écart type</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="63" />
      <source>Start (hour)</source>
      <translation>Début (heure)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="59" />
      <source>Sun</source>
      <translation>dim.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="42" />
      <source>Support level</source>
      <translation>Niveau de support</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="260" />
      <location filename="../../canvas/properties/labels.py" line="43" />
      <source>Template response</source>
      <translation>Réponse type</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="253" />
      <location filename="../../canvas/properties/labels.py" line="57" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="79" />
      <source>The agents who do this work (empty: the pool of the step's lane), their number, cost and shifts.</source>
      <translation>Les agents qui font ce travail (vide : l’équipe du couloir de l’étape), leur nombre, leur coût et leurs horaires.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="161" />
      <source>The canned answer agents send at this step; shown in walkthroughs and handouts.</source>
      <translation>La réponse type que les agents envoient à cette étape ; affichée dans les parcours guidés et les supports de formation.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="129" />
      <source>The condition as text, e.g. priority in ("P1", "P2")</source>
      <translation>La condition sous forme de texte, par exemple priority in ("P1", "P2")</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="228" />
      <source>The currency of every cost in the document (ISO code, e.g. EUR).</source>
      <translation>La devise de tous les coûts du document (code ISO, par exemple EUR).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="244" />
      <source>The customer (self-service)</source>
      <translation>Le client (libre-service)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="150" />
      <source>The end of this step stops the first-response clock of the SLA (the customer got an answer).</source>
      <translation>La fin de cette étape arrête le délai de première réponse du SLA (le client a reçu une réponse).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="199" />
      <source>The gamma's shape (no unit): the mean is shape × scale</source>
      <translation>Forme de la loi gamma (sans unité) : la moyenne vaut forme × échelle</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="83" />
      <source>The lane (swimlane) this node sits in.</source>
      <translation>Le couloir dans lequel se trouve ce nœud.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="72" />
      <source>The name people read on the canvas, in lists and in messages.</source>
      <translation>Le nom affiché sur le canevas, dans les listes et dans les messages.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="203" />
      <source>The node tickets leave by this link.</source>
      <translation>Le nœud que les tickets quittent par ce lien.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="156" />
      <source>The node tickets reach by this branch</source>
      <translation>Le nœud que les tickets atteignent par cette branche</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="204" />
      <source>The node tickets reach by this link.</source>
      <translation>Le nœud que les tickets atteignent par ce lien.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="225" />
      <source>The opening hours and public holidays whose business hours the SLA clocks count.</source>
      <translation>Les horaires d’ouverture et les jours fériés dont les heures ouvrées sont comptées par les délais du SLA.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="195" />
      <source>The product backlog feature requests are recorded in.</source>
      <translation>Le backlog produit où sont consignées les demandes d’évolution.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="174" />
      <source>The question this decision answers, shown to trainees.</source>
      <translation>La question à laquelle répond cette décision, montrée aux stagiaires.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="187" />
      <source>The share of customers satisfied by the answer, from 0 to 1; the others re-open the ticket.</source>
      <translation>La part des clients satisfaits de la réponse, de 0 à 1 ; les autres rouvrent le ticket.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="178" />
      <source>The share of customers who reply at all, from 0 to 1 (0.8 = 80 %).</source>
      <translation>La part des clients qui répondent, de 0 à 1 (0,8 = 80 %).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="195" />
      <source>The share of this value among this intake's tickets, in percent</source>
      <translation>La part de cette valeur parmi les tickets de cette entrée, en pourcentage</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="206" />
      <source>The share of tickets that take this branch, from 0 to 1 (0.25 = 25 %).</source>
      <translation>La part des tickets qui prennent cette branche, de 0 à 1 (0,25 = 25 %).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="144" />
      <source>The share of tickets that take this branch, in percent</source>
      <translation>La part des tickets qui prennent cette branche, en pourcentage</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="145" />
      <source>The skill an agent needs for this step when its pool assigns by skills first (Pools tab of the Blueprint settings); after the pool's fallback wait, any agent takes it. Empty: any agent.</source>
      <translation>La compétence nécessaire à un agent pour cette étape quand son équipe attribue les tickets par compétences (onglet Équipes des paramètres du blueprint) ; passé le délai d'attente de l'équipe, n'importe quel agent le prend. Vide : n'importe quel agent.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="157" />
      <source>The support level of this step (1, 2, 3…), used for escalation rates per level. Empty: none.</source>
      <translation>Le niveau de support de cette étape (1, 2, 3…), utilisé pour les taux d’escalade par niveau. Vide : aucun.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="243" />
      <source>The system (automation)</source>
      <translation>Le système (automatisation)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="202" />
      <source>The text of the note; notes are not part of the ticket flow.</source>
      <translation>Le texte de la note ; les notes ne font pas partie du flux des tickets.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="95" />
      <source>The time between two arrivals as a distribution, in minutes; replaces the arrival rate when set.</source>
      <translation>Le temps entre deux arrivées, en minutes, sous forme de distribution ; remplace le taux d’arrivée s’il est renseigné.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="108" />
      <location filename="../../canvas/properties/labels.py" line="205" />
      <source>The words written on the link (e.g. Yes, Complex).</source>
      <translation>Les mots écrits sur le lien (par exemple Oui, Complexe).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="102" />
      <source>This intake's own shares of a list field's values, in percent, in place of the field's overall shares (e.g. more feature requests by the portal).</source>
      <translation>Les parts propres à cette entrée pour les valeurs d’un champ à liste, en pourcentage, à la place des parts générales du champ (par exemple plus de demandes d’évolution par le portail).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="399" />
      <source>This lane has its own pool of agents</source>
      <translation>Ce couloir a sa propre équipe d’agents</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="47" />
      <source>This share of tickets, in percent, takes this branch.</source>
      <translation>Cette part des tickets, en pourcentage, prend cette branche.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="56" />
      <source>Thu</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="263" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="99" />
      <source>Ticket field values every ticket arriving here gets (e.g. Channel: phone).</source>
      <translation>Les valeurs de champ que reçoit chaque ticket qui arrive ici (par exemple Canal : téléphone).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="215" />
      <source>Ticket fields that must be filled in to pass along this link.</source>
      <translation>Les champs du ticket à renseigner pour passer par ce lien.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="167" />
      <source>Ticket fields the agent must fill in before the ticket leaves this step.</source>
      <translation>Les champs du ticket que l’agent doit renseigner avant que le ticket ne quitte cette étape.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="87" />
      <source>Tickets arriving per hour, on average (random arrivals, Poisson). Unit: tickets per hour.</source>
      <translation>Tickets arrivant par heure, en moyenne (arrivées aléatoires, loi de Poisson). Unité : tickets par heure.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="45" />
      <source>Tickets per hour arriving in each hour of the week</source>
      <translation>Tickets reçus par heure, pour chaque heure de la semaine</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="209" />
      <source>Tickets that match no other branch take this one (“otherwise”).</source>
      <translation>Les tickets qui ne correspondent à aucune autre branche prennent celle-ci (« sinon »).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="48" />
      <source>Tickets that no other branch takes go this way.</source>
      <translation>Les tickets qu’aucune autre branche ne prend passent par ici.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="46" />
      <source>Tickets whose fields hold the condition take this branch.</source>
      <translation>Les tickets dont les champs remplissent la condition prennent cette branche.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="27" />
      <source>Time between arrivals (minutes)</source>
      <translation>Temps entre deux arrivées (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="33" />
      <source>Time limit (minutes)</source>
      <translation>Délai maximal (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="50" />
      <source>Timeout (minutes)</source>
      <translation>Délai d’expiration (minutes)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="18" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="59" />
      <source>To node</source>
      <translation>Nœud d’arrivée</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="36" />
      <source>Triangular</source>
      <translation>Triangulaire</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="54" />
      <source>Tue</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="35" />
      <source>Uniform</source>
      <translation>Uniforme</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="43" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="55" />
      <source>Wed</source>
      <translation>mer.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="26" />
      <source>Weekly arrival rates</source>
      <translation>Taux d’arrivée hebdomadaires</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="191" />
      <source>What a ticket needs to take this branch (Priority is P1 or P2); branches are tried in order.</source>
      <translation>Ce qu’il faut à un ticket pour prendre cette branche (Priorité : P1 ou P2) ; les branches sont essayées dans l’ordre.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="140" />
      <source>What happens as the time limit runs: a warning at a share of it, then a role notified, the priority raised, and tickets in service sent to the escalation target too.</source>
      <translation>Ce qui se passe à mesure que le délai maximal s’écoule : une alerte à une part de ce délai, puis un rôle prévenu, la priorité relevée, et les tickets en cours de traitement envoyés eux aussi vers la cible d’escalade.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="218" />
      <source>What happens automatically when a ticket passes along this link.</source>
      <translation>Ce qui se passe automatiquement quand un ticket passe par ce lien.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="170" />
      <source>What happens by itself when the step ends: set a field, send a response, notify, re-assign.</source>
      <translation>Ce qui se passe automatiquement à la fin de l’étape : renseigner un champ, envoyer une réponse, notifier, réaffecter.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="199" />
      <source>What the customer sees or receives (e.g. the confirmation e-mail).</source>
      <translation>Ce que le client voit ou reçoit (par exemple l’e-mail de confirmation).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="73" />
      <source>What the lane holds (customer, frontstage, backstage, support…); the dashed lines follow from it.</source>
      <translation>Ce que contient le couloir (client, première ligne, coulisses, support…) ; les lignes en pointillés en découlent.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="296" />
      <source>When set, tickets whose fields hold it are satisfied, instead of the probability.</source>
      <translation>Si elle est renseignée, les tickets dont les champs la remplissent sont satisfaits, au lieu de la probabilité.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/rules.py" line="123" />
      <source>When this condition holds, the step takes the duration below</source>
      <translation>Quand cette condition est remplie, l’étape prend la durée ci-dessous</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="40" />
      <source>When…</source>
      <translation>Si…</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="122" />
      <source>Where a ticket goes when its time limit passes while it still waits in the queue.</source>
      <translation>Où va un ticket quand son délai maximal est dépassé alors qu’il attend encore dans la file.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="184" />
      <source>Where the ticket goes when the customer has not replied in time.</source>
      <translation>Où va le ticket quand le client n’a pas répondu à temps.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="62" />
      <source>Whether this shift works on this weekday</source>
      <translation>Si cet horaire s’applique ce jour de la semaine</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="154" />
      <source>While a ticket is here (waiting for the customer), its SLA clocks do not run.</source>
      <translation>Tant qu’un ticket est ici (en attente du client), ses délais SLA sont suspendus.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="221" />
      <source>Who does this step: an agent (queue, cost), the system (no queue, no cost) or the customer.</source>
      <translation>Qui réalise cette étape : un agent (file d’attente, coût), le système (ni file ni coût) ou le client.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="260" />
      <source>Who is notified</source>
      <translation>Qui est prévenu</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="242" />
      <source>Why tickets are transferred; the results count transfers per reason</source>
      <translation>Pourquoi les tickets sont transférés ; les résultats comptent les transferts par motif</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="21" />
      <source>Width</source>
      <translation>Largeur</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="78" />
      <source>Width on the canvas, in points (1/72 inch at 100 % zoom).</source>
      <translation>Largeur sur le canevas, en points (1/72 de pouce à 100 % de zoom).</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/branches.py" line="351" />
      <source>Write a condition, or choose another rule.</source>
      <translation>Écrivez une condition, ou choisissez une autre règle.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="66" />
      <source>from </source>
      <translation>de </translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="191" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="90" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/subforms.py" line="67" />
      <source>to </source>
      <translation>à </translation>
    </message>
    <message>
      <location filename="../../canvas/properties/fields.py" line="89" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="275" />
      <source>{kind} (lane {number}, untitled)</source>
      <translation>{kind} (couloir {number}, sans titre)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="274" />
      <source>{kind} {number} (untitled)</source>
      <translation>{kind} {number} (sans titre)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="280" />
      <source>{kind} {number} · untitled</source>
      <translation>{kind} {number} · sans titre</translation>
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
      <translation>{where} : {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/labels.py" line="276" />
      <source>“{title}”</source>
      <translation>« {title} »</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../canvas/properties/dock.py" line="395" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="203" />
      <source>A ticket takes the first branch whose rule it meets; the default branch last.</source>
      <translation>Un ticket prend la première branche dont il remplit la règle ; la branche par défaut en dernier.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="201" />
      <source>Branches, in the order they are tried</source>
      <translation>Branches, dans l’ordre où elles sont essayées</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="525" />
      <source>Column {column}: {message}</source>
      <translation>Colonne {column} : {message}</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="482" />
      <source>Not a valid value.</source>
      <translation>Valeur non valide.</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="126" />
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../canvas/properties/dock.py" line="171" />
      <source>Select one element to see its properties.</source>
      <translation>Sélectionnez un élément pour voir ses propriétés.</translation>
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
      <translation>L’enregistrement automatique ne fonctionne pas</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="131" />
      <source>Autosave is not working</source>
      <translation>Enregistrement automatique en panne</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="133" />
      <source>Autosave is not working: {reason}</source>
      <translation>L’enregistrement automatique ne fonctionne pas : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="160" />
      <source>Autosave is not working: {reason}.</source>
      <translation>L’enregistrement automatique ne fonctionne pas : {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="147" />
      <source>Autosave works again.</source>
      <translation>L’enregistrement automatique fonctionne de nouveau.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="176" />
      <source>Blueprint Studio did not close properly last time. These documents had changes that were not saved. Choose what to do with each one.</source>
      <translation>Blueprint Studio ne s’est pas fermé correctement la dernière fois. Ces documents contenaient des modifications non enregistrées. Choisissez quoi faire de chacun.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="273" />
      <source>Blueprint Studio starts normally; the other documents are not affected.</source>
      <translation>Blueprint Studio démarre normalement ; les autres documents ne sont pas concernés.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="205" />
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="185" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="185" />
      <source>Last autosave</source>
      <translation>Dernier enregistrement automatique</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="171" />
      <source>Recover Unsaved Work</source>
      <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="184" />
      <source>Recovered documents</source>
      <translation>Documents récupérés</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="204" />
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="206" />
      <source>Restore or discard {title}</source>
      <translation>Restaurer ou abandonner {title}</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="271" />
      <source>Unsaved Work Could Not Be Recovered</source>
      <translation>Travail non enregistré impossible à récupérer</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="151" />
      <source>Unsaved changes cannot be copied to the recovery folder ({reason}), so a crash would lose them. Save your documents with File › Save, and check the folder {folder}.</source>
      <translation>Les modifications non enregistrées ne peuvent pas être copiées dans le dossier de récupération ({reason}) : en cas de plantage, elles seraient perdues. Enregistrez vos documents avec Fichier › Enregistrer et vérifiez le dossier {folder}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="194" />
      <source>never saved</source>
      <translation>jamais enregistré</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="258" />
      <source>{count} unsaved document from the last session could not be read (“{title}”: {reason}); it was kept in {folder}.</source>
      <translation>{count} document non enregistré de la dernière session n’a pas pu être relu (« {title} » : {reason}) ; il a été conservé dans {folder}.</translation>
    </message>
    <message>
      <location filename="../../app/files/recovery.py" line="262" />
      <source>{count} unsaved documents from the last session could not be read (“{title}”: {reason}); they were kept in {folder}.</source>
      <translation>{count} documents non enregistrés de la dernière session n’ont pas pu être relus (« {title} » : {reason}) ; ils ont été conservés dans {folder}.</translation>
    </message>
  </context>
  <context>
    <name>Replay</name>
    <message>
      <location filename="../../app/simulation/replay.py" line="47" />
      <source>Day {day} · {weekday} {hh:02d}:{mm:02d}</source>
      <translation>Jour {day} · {weekday} {hh:02d}:{mm:02d}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="36" />
      <source>Fri</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="32" />
      <source>Mon</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="37" />
      <source>Sat</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="38" />
      <source>Sun</source>
      <translation>dim.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="35" />
      <source>Thu</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="33" />
      <source>Tue</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="34" />
      <source>Wed</source>
      <translation>mer.</translation>
    </message>
  </context>
  <context>
    <name>ReplayDock</name>
    <message>
      <location filename="../../app/simulation/replay.py" line="105" />
      <source>1 day / s</source>
      <translation>1 jour / s</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="73" />
      <source>Close replay</source>
      <translation>Fermer la relecture</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="77" />
      <source>Colour by:</source>
      <translation>Couleur selon :</translation>
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
      <translation>Lecture</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="75" />
      <source>Speed:</source>
      <translation>Vitesse :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="144" />
      <source>The replay holds the first {count} moves of the run's tickets only: later tickets are not shown, and those still under way then stop where they were.</source>
      <translation>La relecture ne contient que les {count} premiers mouvements des tickets de la simulation : les tickets suivants ne sont pas affichés, et ceux encore en cours s’arrêtent là où ils en étaient.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/replay.py" line="56" />
      <source>Watch tickets</source>
      <translation>Voir les tickets circuler</translation>
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
      <translation>% des tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="261" />
      <location filename="../../app/simulation/results_charts.py" line="282" />
      <source>90 %</source>
      <translation>90 %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="283" />
      <source>95 %</source>
      <translation>95 %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="372" />
      <source>No step passed its time limit in these runs.</source>
      <translation>Aucune étape n’a dépassé son délai dans ces exécutions.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="356" />
      <source>No ticket waited in a queue in these runs.</source>
      <translation>Aucun ticket n’a attendu en file dans ces simulations.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="31" />
      <source>Open tickets over time</source>
      <translation>Tickets ouverts au fil du temps</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="34" />
      <source>Queue wait per step: every ticket that left the queue, served, escalated or gone</source>
      <translation>Attente en file par étape : chaque ticket sorti de la file, pris en charge, escaladé ou parti</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="30" />
      <source>Resolution time against the SLA target</source>
      <translation>Délai de résolution par rapport à l’objectif de SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="37" />
      <source>SLA breaches per step</source>
      <translation>Dépassements de SLA par étape</translation>
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
      <translation>Temps passé dans chaque étape, par ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="32" />
      <source>Utilisation per pool</source>
      <translation>Taux d’occupation par équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="312" />
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="298" />
      <source>hours</source>
      <translation>heures</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="284" />
      <source>longest</source>
      <translation>maximum</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="260" />
      <location filename="../../app/simulation/results_charts.py" line="280" />
      <source>mean</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="281" />
      <location filename="../../export/strings.py" line="134" />
      <source>median</source>
      <translation>médiane</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="358" />
      <source>minutes of queue wait, mean</source>
      <translation>minutes d’attente en file, moyenne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="341" />
      <source>minutes per ticket</source>
      <translation>minutes par ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="313" />
      <source>open tickets</source>
      <translation>tickets ouverts</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="275" />
      <source>resolution time (log scale)</source>
      <translation>délai de résolution (échelle logarithmique)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results_charts.py" line="374" />
      <source>time-limit breaches per run</source>
      <translation>dépassements de délai par exécution</translation>
    </message>
  </context>
  <context>
    <name>ResultsDock</name>
    <message>
      <location filename="../../app/simulation/results.py" line="175" />
      <location filename="../../app/simulation/results.py" line="595" />
      <source>95 % CI high</source>
      <translation>IC 95 % haut</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="174" />
      <location filename="../../app/simulation/results.py" line="594" />
      <source>95 % CI low</source>
      <translation>IC 95 % bas</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="180" />
      <source>All KPIs</source>
      <translation>Tous les indicateurs</translation>
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
      <translation>Dépassements</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="221" />
      <source>Chart</source>
      <translation>Graphique</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="234" />
      <source>Copy KPI table</source>
      <translation>Copier le tableau des indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="223" />
      <source>Copy chart</source>
      <translation>Copier le graphique</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="319" />
      <location filename="../../export/strings.py" line="75" />
      <source>Default settings</source>
      <translation>Réglages par défaut</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="243" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="246" />
      <source>Export event log…</source>
      <translation>Exporter le journal des événements…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="245" />
      <source>Export results…</source>
      <translation>Exporter les résultats…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="249" />
      <source>Export simulation report (PDF)…</source>
      <translation>Exporter le rapport de simulation (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="172" />
      <location filename="../../app/simulation/results.py" line="592" />
      <source>KPI</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="232" />
      <source>KPI table</source>
      <translation>Tableau des indicateurs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="173" />
      <location filename="../../app/simulation/results.py" line="593" />
      <location filename="../../export/strings.py" line="114" />
      <source>Mean</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="281" />
      <source>No blueprint is open.</source>
      <translation>Aucun blueprint n’est ouvert.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="279" />
      <source>No simulation run for {title} yet.</source>
      <translation>Pas encore de simulation pour « {title} ».</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="211" />
      <source>Queue waits</source>
      <translation>Attentes en file</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="176" />
      <location filename="../../app/simulation/results.py" line="596" />
      <location filename="../../export/strings.py" line="107" />
      <source>Replications</source>
      <translation>Réplications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="207" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="374" />
      <source>Run before your last edit: these figures may no longer match the drawing.</source>
      <translation>Simulation antérieure à votre dernière modification : ces chiffres peuvent ne plus correspondre au schéma.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="377" />
      <source>Run before your last {n} edits: these figures may no longer match the drawing.</source>
      <translation>Simulation antérieure à vos {n} dernières modifications : ces chiffres peuvent ne plus correspondre au schéma.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="145" />
      <source>Run simulation</source>
      <translation>Lancer la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="147" />
      <source>Run the chosen scenario of this blueprint (Ctrl+R)</source>
      <translation>Simuler le scénario choisi de ce blueprint (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="629" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="237" />
      <source>Save KPI table as CSV…</source>
      <translation>Enregistrer le tableau des indicateurs en CSV…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="226" />
      <source>Save chart as PNG…</source>
      <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="437" />
      <source>Simulated mean resolution: {simulated}.</source>
      <translation>Résolution moyenne simulée : {simulated}.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="89" />
      <source>Simulation results</source>
      <translation>Résultats de simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="210" />
      <source>Time in steps</source>
      <translation>Temps par étape</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="372" />
      <source>Up to date with the drawing.</source>
      <translation>À jour avec le schéma.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="209" />
      <source>Utilisation</source>
      <translation>Taux d’occupation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="454" />
      <source>Utilisation: {pool}</source>
      <translation>Taux d’occupation : {pool}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="647" />
      <source>earlier</source>
      <translation>plus tôt</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="653" />
      <source>on {date} at {time}</source>
      <translation>le {date} à {time}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="652" />
      <source>today at {time}</source>
      <translation>aujourd’hui à {time}</translation>
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
      <translation>{runs} réplication, simulation lancée {when}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/results.py" line="329" />
      <source>{runs} replications, run {when}</source>
      <translation>{runs} réplications, simulation lancée {when}</translation>
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
      <translation>Aucun ticket n’est arrivé pendant la simulation. Vérifiez les taux d’arrivée des entrées, ou allongez la durée simulée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="87" />
      <source>No ticket was measured: every ticket arrived during the warm-up ({warmup}). Use a shorter warm-up or a longer horizon.</source>
      <translation>Aucun ticket mesuré : tous les tickets sont arrivés pendant la mise en régime ({warmup}). Raccourcissez la mise en régime ou allongez la durée simulée.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="84" />
      <location filename="../../export/strings.py" line="100" />
      <source>Unfinished: {open} tickets never reached an end ({time} of simulated time).</source>
      <translation>Inachevée : {open} tickets n’ont jamais atteint de fin ({time} de temps simulé).</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="72" />
      <location filename="../../export/strings.py" line="85" />
      <source>Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never leaves. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : un ticket est passé {limit} fois par « {node} » sans atteindre de fin, dans une boucle dont il ne sort jamais. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="80" />
      <location filename="../../export/strings.py" line="95" />
      <source>Unstable: more than {limit} events were waiting to happen. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : plus de {limit} événements étaient en attente. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="76" />
      <location filename="../../export/strings.py" line="90" />
      <source>Unstable: more than {limit} tickets were open at once. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : plus de {limit} tickets étaient ouverts en même temps. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <location filename="../../app/shell/kpi_words.py" line="68" />
      <source>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time. Add agents or lower the arrivals.</source>
      <translation>Instable : la file d’attente de « {node} » a dépassé {limit} tickets après {time} de temps simulé. La simulation a été arrêtée là : ses chiffres ne couvrent que cette période. Ajoutez des agents ou réduisez les arrivées.</translation>
    </message>
  </context>
  <context>
    <name>ScenarioForm</name>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="102" />
      <location filename="../../app/simulation/scenario_form.py" line="124" />
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="113" />
      <source>A dated run: it starts at 00:00 on the Monday of this date's week, and the public holidays of the SLA calendars stop their clocks on those days. Unticked, the run is weeks without dates: no holiday counts.</source>
      <translation>Une simulation datée : elle commence à 0 h le lundi de la semaine de cette date, et les jours fériés des calendriers des SLA arrêtent le décompte des délais ces jours-là. Case décochée, la simulation enchaîne des semaines sans dates : aucun jour férié ne compte.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="131" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="152" />
      <source>Agents per pool (shifts: weekdays 1-7, hours, agents)</source>
      <translation>Agents par équipe (horaires : jours 1-7, heures, agents)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="147" />
      <source>Arrival multiplier</source>
      <translation>Multiplicateur d’arrivées</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="143" />
      <source>Calendar dates</source>
      <translation>Dates du calendrier</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="100" />
      <source>Days of simulated time</source>
      <translation>Jours de temps simulé</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="136" />
      <source>First response (h)</source>
      <translation>Première réponse (h)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="108" />
      <source>From the week of</source>
      <translation>À partir de la semaine du</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="141" />
      <source>Horizon</source>
      <translation>Horizon</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="139" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="100" />
      <source>Number of tickets</source>
      <translation>Nombre de tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="133" />
      <source>Override the SLA targets</source>
      <translation>Remplacer les objectifs de SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="131" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="145" />
      <source>Replications</source>
      <translation>Réplications</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="136" />
      <source>Resolution (h)</source>
      <translation>Résolution (h)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="140" />
      <source>Run length</source>
      <translation>Durée de la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="136" />
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="146" />
      <source>Seed</source>
      <translation>Graine</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="131" />
      <source>Shifts</source>
      <translation>Horaires</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="162" />
      <source>The escalation ladder of the SLA policy selected above</source>
      <translation>L’échelle d’escalade de la politique de SLA sélectionnée ci-dessus</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="142" />
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="106" />
      <source>Tickets measured: those arriving after the warm-up; the run then lets them reach an end</source>
      <translation>Tickets mesurés : ceux qui arrivent après la mise en régime ; la simulation les laisse ensuite atteindre une fin</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="144" />
      <source>Warm-up</source>
      <translation>Mise en régime</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenario_form.py" line="34" />
      <source>Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2</source>
      <translation>Jours (1 = lundi), heures, agents ; p. ex. 1-5 8-17 4; 6 9-13 2</translation>
    </message>
  </context>
  <context>
    <name>Scenarios</name>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="46" />
      <source>Change scenario</source>
      <translation>Modifier le scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="62" />
      <source>Delete scenario</source>
      <translation>Supprimer le scénario</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/scenarios.py" line="58" />
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
      <location filename="../../canvas/commands/scenarios.py" line="56" />
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
  </context>
  <context>
    <name>ScenariosDock</name>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="47" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="45" />
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="150" />
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="44" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="150" />
      <source>Rename scenario</source>
      <translation>Renommer le scénario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="46" />
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/scenarios.py" line="34" />
      <source>Scenarios</source>
      <translation>Scénarios</translation>
    </message>
  </context>
  <context>
    <name>SettingsCommands</name>
    <message>
      <location filename="../../canvas/commands/settings.py" line="105" />
      <source>Change document settings</source>
      <translation>Modifier les paramètres du document</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/settings.py" line="180" />
      <source>Rename field</source>
      <translation>Renommer le champ</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/settings.py" line="186" />
      <source>Rename value</source>
      <translation>Renommer la valeur</translation>
    </message>
    <message>
      <location filename="../../canvas/commands/settings.py" line="128" />
      <source>“{key}” is already used</source>
      <translation>« {key} » est déjà utilisé</translation>
    </message>
  </context>
  <context>
    <name>ShiftGrid</name>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="445" />
      <source>&amp;Paint:</source>
      <translation>&amp;Peindre :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="163" />
      <source>Agents on duty for each half hour of the week. Drag to paint the number chosen in 'Paint'; right-drag or 0 erases, Escape cancels. Arrows move, Shift+arrows select, digits set, Space paints the number of 'Paint', Delete erases.</source>
      <translation>Agents en service pour chaque demi-heure de la semaine. Faites glisser pour peindre le nombre choisi dans « Peindre » ; clic droit glissé ou 0 pour effacer, Échap pour annuler. Flèches : se déplacer, Maj+flèches : sélectionner, chiffres : saisir, Espace : peindre le nombre de « Peindre », Suppr : effacer.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="433" />
      <source>Clear week</source>
      <translation>Tout effacer</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="427" />
      <source>Copy day to weekdays</source>
      <translation>Copier sur lun.–ven.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="430" />
      <source>Copy the hours of the selected day (the row of the cursor) to Monday to Friday</source>
      <translation>Copier les horaires du jour sélectionné (la ligne du curseur) du lundi au vendredi</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="435" />
      <source>Erase every shift: the pool's agents are then on duty around the clock</source>
      <translation>Effacer tous les horaires : les agents de l’équipe sont alors en service 24 h/24</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="48" />
      <source>Friday</source>
      <translation>Vendredi</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="44" />
      <source>Monday</source>
      <translation>Lundi</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="491" />
      <source>No shifts: {agents} on duty around the clock ({hours} agent-hours per week). Paint the hours on duty to plan shifts.</source>
      <translation>Aucun horaire : {agents} en service 24 h/24 ({hours} heures-agent par semaine). Peignez les heures de présence pour planifier des horaires.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="425" />
      <source>Number of agents on duty that dragging on the grid paints (0 erases)</source>
      <translation>Nombre d’agents en service peint en faisant glisser sur la grille (0 efface)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="49" />
      <source>Saturday</source>
      <translation>Samedi</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="441" />
      <source>Shifts: agents on duty per half hour</source>
      <translation>Horaires : agents en service par demi-heure</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="503" />
      <source>Some shifts did not start or end on the half hour: the grid rounds them.</source>
      <translation>Certains horaires ne commencent ou ne finissent pas à la demi-heure : la grille les arrondit.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="50" />
      <source>Sunday</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="500" />
      <source>That is more than the pool's head count ({agents}).</source>
      <translation>C’est plus que l’effectif de l’équipe ({agents}).</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="47" />
      <source>Thursday</source>
      <translation>Jeudi</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="45" />
      <source>Tuesday</source>
      <translation>Mardi</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="46" />
      <source>Wednesday</source>
      <translation>Mercredi</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="160" />
      <source>Weekly shifts</source>
      <translation>Horaires de la semaine</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="449" />
      <source>agents</source>
      <translation>agents</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="351" />
      <source>{day} {start}–{end}: {agents} on duty</source>
      <translation>{day} {start}–{end} : {agents} en service</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="496" />
      <source>{hours} agent-hours per week; at most {peak} on duty at once.</source>
      <translation>{hours} heures-agent par semaine ; au plus {peak} en service en même temps.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/shift_grid.py" line="123" />
      <source>{hour}:{minute:02d}</source>
      <translation>{hour} h {minute:02d}</translation>
    </message>
  </context>
  <context>
    <name>SimulateCommand</name>
    <message>
      <location filename="../../app/cli/simulate.py" line="40" />
      <source>Horizon {horizon}, warm-up: {warmup}</source>
      <translation>Durée simulée {horizon}, mise en régime : {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="52" />
      <source>The simulation could not be computed: {reason}. Check the durations and rates of the blueprint.</source>
      <translation>La simulation n’a pas pu être calculée : {reason}. Vérifiez les durées et les taux d’arrivée du blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="47" />
      <source>This run would cost about {steps} ticket steps ({tickets} × {nodes} × {replications}), more than the {limit} run without --force. Ask for fewer tickets, a shorter horizon or fewer replications, or add --force.</source>
      <translation>Cette simulation coûterait environ {steps} passages de tickets ({tickets} × {nodes} × {replications}), plus que les {limit} admis sans --force. Demandez moins de tickets, une durée plus courte ou moins de réplications, ou ajoutez --force.</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="57" />
      <location filename="../../app/shell/workers.py" line="401" />
      <source>a number too large</source>
      <translation>un nombre trop grand</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="58" />
      <source>cannot write the event log “{name}”: {reason}</source>
      <translation>impossible d’écrire le journal d’événements « {name} » : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="39" />
      <source>default settings</source>
      <translation>paramètres par défaut</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="46" />
      <source>event loop: Python (slower)</source>
      <translation>boucle d’événements en Python (plus lente)</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="45" />
      <source>event loop: compiled</source>
      <translation>boucle d’événements compilée</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="51" />
      <source>no warm-up</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="56" />
      <location filename="../../app/shell/workers.py" line="399" />
      <source>not enough memory</source>
      <translation>mémoire insuffisante</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="44" />
      <source>{tickets} new contact measured, warm-up: {warmup}</source>
      <translation>{tickets} nouveau contact mesuré, mise en régime : {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="43" />
      <source>{tickets} new contacts measured, warm-up: {warmup}</source>
      <translation>{tickets} nouveaux contacts mesurés, mise en régime : {warmup}</translation>
    </message>
    <message>
      <location filename="../../app/cli/simulate.py" line="36" />
      <source>{title} — scenario {scenario}, {replications}, seed {seed}</source>
      <translation>{title} — scénario {scenario}, {replications}, graine {seed}</translation>
    </message>
  </context>
  <context>
    <name>Simulation</name>
    <message>
      <location filename="../../app/simulation/panel.py" line="70" />
      <source>; longest wait at {step}: {wait} (utilisation {load:.0f} %)</source>
      <translation> ; attente la plus longue à « {step} » : {wait} (occupation {load:.0f} %)</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="48" />
      <source>Change in mean wait (B − A)</source>
      <translation>Variation de l’attente moyenne (B − A)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="49" />
      <source>Difference of the comparison</source>
      <translation>Écart de la comparaison</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="46" />
      <location filename="../../canvas/overlays/heatmap.py" line="45" />
      <source>Mean wait</source>
      <translation>Attente moyenne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="45" />
      <source>Off</source>
      <translation>Désactivée</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="65" />
      <source>Quick estimate ({kind}): {time} in the system per ticket</source>
      <translation>Estimation rapide ({kind}) : {time} dans le système par ticket</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="60" />
      <source>Quick estimate: not available.</source>
      <translation>Estimation rapide : indisponible.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="63" />
      <source>Quick estimate: not possible here, because {reason}.</source>
      <translation>Estimation rapide : impossible ici, car {reason}.</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/legend.py" line="54" />
      <source>Results out of date: the drawing changed since this run.</source>
      <translation>Résultats périmés : le schéma a changé depuis cette simulation.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="48" />
      <location filename="../../canvas/overlays/heatmap.py" line="47" />
      <source>SLA breaches</source>
      <translation>Dépassements de SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="47" />
      <source>Utilisation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../canvas/overlays/heatmap.py" line="46" />
      <source>Utilisation of the pool</source>
      <translation>Taux d’occupation de l’équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="34" />
      <source>a condition reads a number or text field</source>
      <translation>une condition lit un champ numérique ou texte</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="32" />
      <source>a customer wait has a timeout</source>
      <translation>une attente du client a un délai d’expiration</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="40" />
      <source>a pool is overloaded (utilisation of 100 % or more): its queue grows without end</source>
      <translation>une équipe est surchargée (occupation de 100 % ou plus) : sa file grandit sans fin</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="35" />
      <source>a rule reads number or text fields</source>
      <translation>une règle lit des champs numériques ou texte</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="30" />
      <source>a step escalates on a time limit</source>
      <translation>une étape escalade sur délai</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="83" />
      <source>about {m:.0f} min left</source>
      <translation>environ {m:.0f} min restantes</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="82" />
      <source>about {s:.0f} s left</source>
      <translation>environ {s:.0f} s restantes</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="66" />
      <source>approximate</source>
      <translation>approchée</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="27" />
      <source>arrivals follow a weekly schedule</source>
      <translation>les arrivées suivent un planning hebdomadaire</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="33" />
      <source>conditions and probabilities are mixed on a node</source>
      <translation>conditions et probabilités sont mélangées sur un nœud</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="28" />
      <source>customers abandon the queue</source>
      <translation>des clients abandonnent la file</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="80" />
      <source>estimating the time left…</source>
      <translation>estimation du temps restant…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="66" />
      <source>exact</source>
      <translation>exacte</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="39" />
      <source>no tickets arrive</source>
      <translation>aucun ticket n’arrive</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="37" />
      <source>some tickets find no way out</source>
      <translation>certains tickets ne trouvent pas de sortie</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="29" />
      <source>the number of agents changes over the week</source>
      <translation>le nombre d’agents change au cours de la semaine</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="31" />
      <source>tickets are re-assigned to another pool</source>
      <translation>des tickets sont réaffectés à une autre équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="38" />
      <source>tickets loop without end</source>
      <translation>des tickets bouclent sans fin</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="36" />
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
      <location filename="../../app/simulation/panel.py" line="101" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="143" />
      <source>Default settings (30 days, 1 run)</source>
      <translation>Réglages par défaut (30 jours, 1 exécution)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="118" />
      <source>Heat map:</source>
      <translation>Carte de chaleur :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="169" />
      <source>Quick estimate: computing…</source>
      <translation>Estimation rapide : calcul en cours…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="99" />
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="92" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/panel.py" line="173" />
      <source>The blueprint has errors; fix them before running:</source>
      <translation>Le blueprint contient des erreurs ; corrigez-les avant de lancer :</translation>
    </message>
  </context>
  <context>
    <name>SimulationWorkspace</name>
    <message>
      <location filename="../../app/simulation/workspace.py" line="133" />
      <source>&amp;Cancel simulation</source>
      <translation>&amp;Annuler la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="136" />
      <source>&amp;Export results…</source>
      <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="132" />
      <source>&amp;Run simulation</source>
      <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="176" />
      <source>&amp;Simulation</source>
      <translation>&amp;Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="140" />
      <source>&amp;Staffing finder and sweeps…</source>
      <translation>Recherche d’&amp;effectifs et balayages…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="135" />
      <source>&amp;Watch tickets</source>
      <translation>&amp;Voir les tickets circuler</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="556" />
      <source>CSV (*.csv);;XES (*.xes)</source>
      <translation>CSV (*.csv);;XES (*.xes)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="134" />
      <source>Co&amp;mpare scenarios…</source>
      <translation>Co&amp;mparer des scénarios…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="137" />
      <source>Export event &amp;log…</source>
      <translation>Exporter le &amp;journal d’événements…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="556" />
      <source>Export event log</source>
      <translation>Exporter le journal d’événements</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="396" />
      <location filename="../../app/simulation/workspace.py" line="397" />
      <source>Export finished.</source>
      <translation>Export terminé.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="542" />
      <source>Export results</source>
      <translation>Exporter les résultats</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="138" />
      <source>Export simulation &amp;report (PDF)…</source>
      <translation>Exporter le &amp;rapport de simulation (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="566" />
      <source>Export simulation report</source>
      <translation>Exporter le rapport de simulation</translation>
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
      <translation>Simuler le scénario choisi en arrière-plan ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="192" />
      <source>Simulation</source>
      <translation>Simulation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="490" />
      <source>Simulation cancelled.</source>
      <translation>Simulation annulée.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="408" />
      <source>Simulation of {title} finished.</source>
      <translation>Simulation de « {title} » terminée.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="139" />
      <source>Staffing &amp;targets…</source>
      <translation>&amp;Objectifs de dimensionnement…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="386" />
      <source>The blueprint has errors: it cannot run.</source>
      <translation>Le blueprint contient des erreurs : il ne peut pas être simulé.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="472" />
      <source>The simulation failed: {error}</source>
      <translation>La simulation a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="615" />
      <source>this blueprint</source>
      <translation>ce blueprint</translation>
    </message>
    <message>
      <location filename="../../app/simulation/workspace.py" line="480" />
      <source>{name} could not be written: {reason}</source>
      <translation>Impossible d’écrire {name} : {reason}</translation>
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
attente moyenne {wait}
occupation de l’équipe {util}
dépassements de SLA {breaches}
tickets par exécution {visits:.0f}
file moyenne {queue:.1f}</translation>
    </message>
  </context>
  <context>
    <name>SlaTab</name>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="253" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="331" />
      <source>(unnamed calendar)</source>
      <translation>(calendrier sans nom)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="293" />
      <source>(unnamed policy)</source>
      <translation>(politique sans nom)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="162" />
      <source>A ticket gets the first policy that matches it: put the most specific first.</source>
      <translation>Un ticket reçoit la première politique qui lui correspond : placez les plus spécifiques en premier.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="169" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="443" />
      <source>Add SLA policy</source>
      <translation>Ajouter une politique de SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="169" />
      <source>Add a policy for every ticket: 4 h first response</source>
      <translation>Ajouter une politique pour tous les tickets : première réponse en 4 h</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="367" />
      <source>Another policy is called “{name}”.</source>
      <translation>Une autre politique s’appelle déjà « {name} ».</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="382" />
      <source>Change SLA target</source>
      <translation>Modifier un objectif de SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="375" />
      <source>Change which tickets an SLA policy covers</source>
      <translation>Modifier les tickets couverts par une politique de SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="414" />
      <source>Choose SLA calendar</source>
      <translation>Choisir le calendrier du SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="403" />
      <source>Count business hours</source>
      <translation>Compter les heures ouvrées</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="235" />
      <source>Count business hours only</source>
      <translation>Ne compter que les heures ouvrées</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="226" />
      <source>First response within</source>
      <translation>Première réponse sous</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="367" />
      <source>Give the policy a name.</source>
      <translation>Donnez un nom à la politique.</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="172" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="171" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="423" />
      <source>New calendar for an SLA policy</source>
      <translation>Nouveau calendrier pour une politique de SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="332" />
      <source>New calendar…</source>
      <translation>Nouveau calendrier…</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="441" />
      <source>New policy</source>
      <translation>Nouvelle politique</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="441" />
      <source>New policy {n}</source>
      <translation>Nouvelle politique {n}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="434" />
      <source>Pause SLA clocks in “{node}”</source>
      <translation>Suspendre les délais de SLA dans « {node} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="170" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="453" />
      <source>Remove SLA policy “{name}”</source>
      <translation>Supprimer la politique de SLA « {name} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="170" />
      <source>Remove the selected policy</source>
      <translation>Supprimer la politique sélectionnée</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="370" />
      <source>Rename SLA policy</source>
      <translation>Renommer la politique de SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="464" />
      <source>Reorder SLA policies</source>
      <translation>Réordonner les politiques de SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="231" />
      <source>Resolved within</source>
      <translation>Résolution sous</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="434" />
      <source>Run SLA clocks in “{node}”</source>
      <translation>Faire courir les délais de SLA dans « {node} »</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="199" />
      <source>SLA policies</source>
      <translation>Politiques de SLA</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="166" />
      <source>SLA policies in the order they are tried</source>
      <translation>Les politiques de SLA dans l’ordre où elles sont essayées</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="264" />
      <source>Steps and waits that pause the clock (for every policy)</source>
      <translation>Étapes et attentes qui suspendent le délai (pour toutes les politiques)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="259" />
      <source>Targets</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="242" />
      <source>The calendar whose opening hours the clock counts</source>
      <translation>Le calendrier dont le délai compte les heures d’ouverture</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="238" />
      <source>The clock runs only while the calendar is open (not at night, weekends, holidays)</source>
      <translation>Le délai ne court que pendant les heures d’ouverture du calendrier (ni la nuit, ni le week-end, ni les jours fériés)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="220" />
      <source>The policy's name, as reports show it</source>
      <translation>Le nom de la politique, tel que les rapports l’affichent</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="91" />
      <source>The unit of the target; it is kept in minutes</source>
      <translation>L’unité de l’objectif ; il est enregistré en minutes</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="246" />
      <source>Ticked steps and waits stop every policy's clock while a ticket is in them</source>
      <translation>Les étapes et attentes cochées suspendent le délai de toutes les politiques tant que le ticket s’y trouve</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="227" />
      <source>Time from arrival to the end of the first step that answers the customer</source>
      <translation>Délai entre l’arrivée et la fin de la première étape qui répond au client</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="231" />
      <source>Time from arrival to the end of the ticket (resolved or closed)</source>
      <translation>Délai entre l’arrivée et la fin du ticket (résolu ou clôturé)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="172" />
      <source>Try this policy after the one below</source>
      <translation>Essayer cette politique après celle du dessous</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="171" />
      <source>Try this policy before the one above</source>
      <translation>Essayer cette politique avant celle du dessus</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="256" />
      <source>Which tickets (empty: every ticket)</source>
      <translation>Quels tickets (vide : tous les tickets)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="116" />
      <source>business days of {hours} h</source>
      <translation>jours ouvrés de {hours} h</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="118" />
      <source>days (24 h)</source>
      <translation>jours (24 h)</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="303" />
      <source>first response {time}</source>
      <translation>première réponse en {time}</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="113" />
      <source>hours</source>
      <translation>heures</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="112" />
      <source>minutes</source>
      <translation>minutes</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="306" />
      <source>no target</source>
      <translation>aucun objectif</translation>
    </message>
    <message>
      <location filename="../../canvas/settings/sla_tab.py" line="305" />
      <source>resolution {time}</source>
      <translation>résolution en {time}</translation>
    </message>
  </context>
  <context>
    <name>Staffing</name>
    <message>
      <location filename="../../model/staffing/words.py" line="91" />
      <source>90th percentile of queue wait at the slowest step</source>
      <translation>90e centile de l’attente en file à l’étape la plus lente</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="30" />
      <source>90th percentile of queue wait at the slowest step: {value} (at most {limit})</source>
      <translation>90e centile de l’attente en file à l’étape la plus lente : {value} (au plus {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="92" />
      <source>95th percentile of queue wait at the slowest step</source>
      <translation>95e centile de l’attente en file à l’étape la plus lente</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="33" />
      <source>95th percentile of queue wait at the slowest step: {value} (at most {limit})</source>
      <translation>95e centile de l’attente en file à l’étape la plus lente : {value} (au plus {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="27" />
      <source>Mean queue wait at the slowest step: {value} (at most {limit})</source>
      <translation>Attente moyenne en file à l’étape la plus lente : {value} (au plus {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="40" />
      <source>The queues grew without end in {runs}: not enough agents</source>
      <translation>Les files d’attente ont grossi sans fin dans {runs} : pas assez d’agents</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="39" />
      <source>Tickets abandoned: {value} (at most {limit})</source>
      <translation>Tickets abandonnés : {value} (au plus {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="36" />
      <source>Utilisation of the busiest pool: {value} (at most {limit})</source>
      <translation>Taux d’occupation de l’équipe la plus chargée : {value} (au plus {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="21" />
      <source>arrivals × {m}</source>
      <translation>arrivées × {m}</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="23" />
      <source>as in the scenario</source>
      <translation>comme dans le scénario</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="49" />
      <source>cannot read “{text}”: write POOL=2..6, POOL=2,4,6 or arrivals=0.8,1,1.2</source>
      <translation>impossible de lire « {text} » : écrivez ÉQUIPE=2..6, ÉQUIPE=2,4,6 ou arrivals=0.8,1,1.2</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="90" />
      <source>mean queue wait at the slowest step</source>
      <translation>attente moyenne en file à l’étape la plus lente</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="43" />
      <source>met</source>
      <translation>atteint</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="44" />
      <source>missed</source>
      <translation>manqué</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="52" />
      <source>no pool “{name}” in this blueprint (pools: {pools})</source>
      <translation>aucune équipe « {name} » dans ce blueprint (équipes : {pools})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="81" />
      <source>no step of this blueprint is done by a pool of agents</source>
      <translation>aucune étape de ce blueprint n’est traitée par une équipe d’agents</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="46" />
      <source>not measured: this scenario has no SLA policy of this name with a resolution target</source>
      <translation>non mesuré : ce scénario n’a aucune politique de SLA de ce nom avec un délai de résolution</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="89" />
      <source>resolution SLA breaches</source>
      <translation>dépassements du SLA de résolution</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="76" />
      <source>the blueprint sets no staffing target: give at least one (breach rate, queue wait, utilisation or abandonment)</source>
      <translation>le blueprint ne fixe aucun objectif d’effectifs : indiquez-en au moins un (taux de dépassement, attente en file, taux d’occupation ou abandons)</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="68" />
      <source>the checkpoint “{path}” belongs to another sweep (another document, scenario or search); name another file or delete it</source>
      <translation>le point de reprise « {path} » appartient à un autre balayage (autre document, scénario ou recherche) ; indiquez un autre fichier ou supprimez-le</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="73" />
      <source>the checkpoint “{path}” is not a sweep checkpoint (line {line} cannot be read)</source>
      <translation>le point de reprise « {path} » n’est pas celui d’un balayage (la ligne {line} est illisible)</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="62" />
      <source>the pool “{name}” has no shift {number}: its shifts are numbered 1 to {count}</source>
      <translation>l’équipe « {name} » n’a pas de créneau {number} : ses créneaux sont numérotés de 1 à {count}</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="59" />
      <source>the pool “{name}” has no shifts: vary its agents with “{name}=2..6”</source>
      <translation>l’équipe « {name} » n’a pas de créneaux : faites varier ses agents avec « {name}=2..6 »</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="55" />
      <source>the range “{text}” is empty: write the smaller bound first and a positive step</source>
      <translation>la plage « {text} » est vide : écrivez d’abord la plus petite borne, et un pas positif</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="94" />
      <source>tickets abandoned</source>
      <translation>tickets abandonnés</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="45" />
      <source>undecided (more replications needed)</source>
      <translation>indécis (il faut plus de réplications)</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="93" />
      <source>utilisation of the busiest pool</source>
      <translation>taux d’occupation de l’équipe la plus chargée</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="65" />
      <source>vary either the agents of “{name}” or the agents of its shifts, not both</source>
      <translation>faites varier soit les agents de « {name} », soit les agents de ses créneaux, pas les deux</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="58" />
      <source>{count} variations is too many (at most {limit})</source>
      <translation>{count} variantes, c’est trop (au plus {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="22" />
      <source>{name}: {counts} agents by shift</source>
      <translation>{name} : {counts} agents par créneau</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="55" />
      <source>{n} agent</source>
      <translation>{n} agent</translation>
    </message>
    <message>
      <location filename="../../model/words.py" line="56" />
      <source>{n} agents</source>
      <translation>{n} agents</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="24" />
      <source>{policy}: resolution SLA breached for {value} of tickets (at most {limit})</source>
      <translation>{policy} : SLA de résolution dépassé pour {value} des tickets (au plus {limit})</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="53" />
      <source>“{text}” is not a number of zero or more</source>
      <translation>« {text} » n’est pas un nombre positif ou nul</translation>
    </message>
    <message>
      <location filename="../../model/staffing/words.py" line="54" />
      <source>“{text}” is not a whole number of agents</source>
      <translation>« {text} » n’est pas un nombre entier d’agents</translation>
    </message>
  </context>
  <context>
    <name>StaffingCommand</name>
    <message>
      <location filename="../../app/cli/staffing.py" line="46" />
      <source>Busiest pool</source>
      <translation>Équipe la plus chargée</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="50" />
      <source>Cheapest plan that meets every target: {plan}, {cost} a week</source>
      <translation>Plan le moins coûteux qui atteint tous les objectifs : {plan}, {cost} par semaine</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="44" />
      <source>Cost a week</source>
      <translation>Coût par semaine</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="58" />
      <source>Cost against {figure} (plans no other beats on both):</source>
      <translation>Coût face à {figure} (plans qu’aucun autre ne bat sur les deux) :</translation>
    </message>
    <message>
      <location filename="../../app/cli/compare.py" line="29" />
      <source>Difference</source>
      <translation>Écart</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="68" />
      <source>Interrupted. Run the same command again to resume from the checkpoint {path}.</source>
      <translation>Interrompu. Relancez la même commande pour reprendre depuis le point de reprise {path}.</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="53" />
      <source>No plan tried meets every target. Widen the ranges with --vary, or add replications to decide the undecided ones.</source>
      <translation>Aucun plan essayé n’atteint tous les objectifs. Élargissez les plages avec --vary, ou ajoutez des réplications pour trancher les cas indécis.</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="40" />
      <source>Plan</source>
      <translation>Plan d’effectifs</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="59" />
      <source>Plans simulated: {evaluated} of {candidates}; stopped early by their intervals or their cost: {dropped}; replications saved: {saved} of {total}.</source>
      <translation>Plans simulés : {evaluated} sur {candidates} ; arrêtés tôt par leurs intervalles ou leur coût : {dropped} ; réplications économisées : {saved} sur {total}.</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="45" />
      <source>SLA breaches</source>
      <translation>Dépassements du SLA</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="65" />
      <source>Table written to {path}</source>
      <translation>Tableau écrit dans {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="47" />
      <source>Targets</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="49" />
      <source>all met</source>
      <translation>tous atteints</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="67" />
      <source>cannot reach the Dask scheduler at {address}: {reason}</source>
      <translation>impossible de joindre l’ordonnanceur Dask à l’adresse {address} : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="71" />
      <source>cannot read the target “{text}”: write breach:POLICY=5%, wait=30m, wait.p90=2h, utilisation=85% or abandonment=2%</source>
      <translation>impossible de lire l’objectif « {text} » : écrivez breach:POLITIQUE=5%, wait=30m, wait.p90=2h, utilisation=85% ou abandonment=2%</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="66" />
      <source>cannot write “{name}”: {reason}</source>
      <translation>impossible d’écrire « {name} » : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli/compare.py" line="31" />
      <source>compare needs two scenarios: --scenario A --scenario B</source>
      <translation>compare a besoin de deux scénarios : --scenario A --scenario B</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="76" />
      <source>no SLA policy “{name}” in this blueprint (policies: {policies})</source>
      <translation>aucune politique de SLA « {name} » dans ce blueprint (politiques : {policies})</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="48" />
      <source>no target set</source>
      <translation>aucun objectif fixé</translation>
    </message>
    <message>
      <location filename="../../app/cli/compare.py" line="30" />
      <source>real difference</source>
      <translation>écart réel</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="41" />
      <source>sweep needs what to vary: --vary POOL=2..6, or plans with --plan</source>
      <translation>sweep a besoin de ce qu’il faut faire varier : --vary ÉQUIPE=2..6, ou des plans avec --plan</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="64" />
      <source>{pool}: {low} to {high} agents tried</source>
      <translation>{pool} : de {low} à {high} agents essayés</translation>
    </message>
    <message>
      <location filename="../../app/cli/staffing.py" line="36" />
      <source>{title} — scenario “{scenario}”: {candidates}, {replications} each</source>
      <translation>{title} — scénario « {scenario} » : {candidates}, {replications} chacune</translation>
    </message>
    <message>
      <location filename="../../app/cli/compare.py" line="26" />
      <source>{title} — “{a}” against “{b}”, {replications}, seed {seed}</source>
      <translation>{title} — « {a} » face à « {b} », {replications}, graine {seed}</translation>
    </message>
  </context>
  <context>
    <name>StaffingDock</name>
    <message>
      <location filename="../../app/simulation/staffing.py" line="110" />
      <source>&amp;Arrivals ×:</source>
      <translation>&amp;Arrivées × :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="127" />
      <source>&amp;Find staffing</source>
      <translation>&amp;Trouver les effectifs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="100" />
      <source>&amp;Scenario:</source>
      <translation>&amp;Scénario :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="200" />
      <source>Agents at the busiest hour; the week keeps its shape</source>
      <translation>Agents à l’heure la plus chargée ; la semaine garde sa répartition</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="119" />
      <source>Agents per pool to try: a range (3..6) or a list (3, 5, 8); empty: as the scenario</source>
      <translation>Agents par équipe à tester : une plage (3..6) ou une liste (3, 5, 8) ; vide : comme dans le scénario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="114" />
      <source>Agents to try</source>
      <translation>Agents à tester</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="106" />
      <source>Arrival multipliers to try, times the scenario's own arrivals: a list (0.8, 1, 1.2) or a range with a step (0.8..1.2:0.1)</source>
      <translation>Multiplicateurs d’arrivées à tester, appliqués aux arrivées du scénario : une liste (0.8, 1, 1.2) ou une plage avec un pas (0.8..1.2:0.1)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="394" />
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="132" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="345" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="329" />
      <source>Cannot reach the Dask scheduler at {address}. Check that it runs and the address in Preferences, or empty the address to run on this machine.</source>
      <translation>Impossible de joindre l’ordonnanceur Dask à l’adresse {address}. Vérifiez qu’il est démarré et l’adresse indiquée dans les Préférences, ou videz l’adresse pour lancer les simulations sur ce poste.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="192" />
      <location filename="../../app/simulation/staffing.py" line="377" />
      <source>Default settings</source>
      <translation>Paramètres par défaut</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="392" />
      <source>Export sweep results</source>
      <translation>Exporter les résultats du balayage</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="394" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="380" />
      <source>Open as scenario</source>
      <translation>Ouvrir comme scénario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="114" />
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="410" />
      <source>Results written to {path}.</source>
      <translation>Résultats enregistrés dans {path}.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="124" />
      <source>Run s&amp;weep</source>
      <translation>Lancer le &amp;balayage</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="276" />
      <source>Running the sweep on {where}…</source>
      <translation>Balayage en cours sur {where}…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="252" />
      <source>Say what to vary: arrival multipliers or agents for a pool.</source>
      <translation>Indiquez ce qui doit varier : les multiplicateurs d’arrivées ou les agents d’une équipe.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="130" />
      <source>Search the cheapest number of agents per pool that meets every staffing target</source>
      <translation>Chercher le nombre d’agents par équipe le moins coûteux qui respecte tous les objectifs de dimensionnement</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="274" />
      <source>Searching the staffing on {where}…</source>
      <translation>Recherche des effectifs sur {where}…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="126" />
      <source>Simulate every combination of the values above</source>
      <translation>Simuler toutes les combinaisons des valeurs ci-dessus</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="67" />
      <source>Staffing and sweeps</source>
      <translation>Effectifs et balayages</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="312" />
      <source>Staffing search finished.</source>
      <translation>Recherche d’effectifs terminée.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="312" />
      <source>Sweep finished.</source>
      <translation>Balayage terminé.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="325" />
      <source>The blueprint has errors: it cannot run. See the Diagnostics panel.</source>
      <translation>Le blueprint contient des erreurs : il ne peut pas être simulé. Consultez le panneau Diagnostics.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="99" />
      <source>The scenario whose settings every candidate starts from</source>
      <translation>Le scénario dont chaque plan testé reprend les paramètres</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="339" />
      <source>The sweep failed: {error}</source>
      <translation>Le balayage a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="103" />
      <source>e.g. 0.8, 1, 1.2</source>
      <translation>p. ex. 0.8, 1, 1.2</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="271" />
      <source>this machine</source>
      <translation>ce poste</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="202" />
      <source>{pool}, shift {number}: {shift}</source>
      <translation>{pool}, créneau {number} : {shift}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing.py" line="382" />
      <source>“{name}” added to the scenarios.</source>
      <translation>« {name} » ajouté aux scénarios.</translation>
    </message>
  </context>
  <context>
    <name>StaffingResults</name>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="131" />
      <source>&amp;Open as scenario</source>
      <translation>&amp;Ouvrir comme scénario</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="134" />
      <source>Add the selected plan to the document's scenarios (Enter or double-click)</source>
      <translation>Ajouter le plan sélectionné aux scénarios du document (Entrée ou double-clic)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="258" />
      <source>Computed before your last edit.</source>
      <translation>Calculé avant votre dernière modification.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="260" />
      <source>Computed before your last {count} edits.</source>
      <translation>Calculé avant vos {count} dernières modifications.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>Cost per week</source>
      <translation>Coût par semaine</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="329" />
      <source>Cost per week ({currency})</source>
      <translation>Coût par semaine ({currency})</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="312" />
      <source>Cost: {cost} per week.</source>
      <translation>Coût : {cost} par semaine.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="136" />
      <source>E&amp;xport…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="76" />
      <source>Met</source>
      <translation>Atteints</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="76" />
      <source>Missed</source>
      <translation>Manqués</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="307" />
      <source>No plan met every target within the range searched.</source>
      <translation>Aucun plan de la plage explorée ne respecte tous les objectifs.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="205" />
      <source>No sweep yet. Say what to vary and run a sweep, or set staffing targets and let the finder search the cheapest plan that meets them.</source>
      <translation>Aucun balayage pour l’instant. Indiquez ce qui doit varier et lancez un balayage, ou fixez des objectifs de dimensionnement et laissez la recherche trouver le plan le moins coûteux qui les respecte.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="284" />
      <source>No target set</source>
      <translation>Aucun objectif fixé</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="302" />
      <source>Plans settled early, before all their replications: {dropped} of {candidates}; replications not run: {saved}.</source>
      <translation>Plans réglés tôt, avant toutes leurs réplications : {dropped} sur {candidates} ; réplications non lancées : {saved}.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="310" />
      <source>Recommended:</source>
      <translation>Recommandation :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>SLA breaches</source>
      <translation>Dépassements du SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="330" />
      <source>SLA breaches (%)</source>
      <translation>Dépassements du SLA (%)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="227" />
      <source>Staffing search on “{scenario}”, finished at {time}: {count} plans simulated.</source>
      <translation>Recherche d’effectifs sur « {scenario} », terminée à {time} : {count} plans simulés.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="235" />
      <source>Sweep of “{scenario}”, finished at {time}: {count} plans.</source>
      <translation>Balayage de « {scenario} », terminé à {time} : {count} plans.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>Targets</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="76" />
      <source>Undecided</source>
      <translation>Indécis</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="172" />
      <source>Weekly cost against the SLA breach rate: each dot a plan, the line the frontier</source>
      <translation>Coût hebdomadaire selon le taux de dépassement du SLA : chaque point est un plan, la ligne est la frontière</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="115" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../../app/simulation/staffing_view.py" line="138" />
      <source>Write every row to a CSV or JSON file</source>
      <translation>Enregistrer toutes les lignes dans un fichier CSV ou JSON</translation>
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
      <location filename="../../app/shell/gui.py" line="95" />
      <source>Another Blueprint Studio window is already running; its unsaved work is left alone.</source>
      <translation>Une autre fenêtre de Blueprint Studio est déjà ouverte ; son travail non enregistré n’est pas touché.</translation>
    </message>
  </context>
  <context>
    <name>TargetsCommands</name>
    <message>
      <location filename="../../canvas/commands/targets.py" line="35" />
      <source>Change staffing targets</source>
      <translation>Modifier les objectifs de dimensionnement</translation>
    </message>
  </context>
  <context>
    <name>TargetsDock</name>
    <message>
      <location filename="../../app/simulation/targets.py" line="106" />
      <source>&amp;Abandonment at most (%):</source>
      <translation>&amp;Abandons au plus (%) :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="104" />
      <source>&amp;Queue wait at most (min):</source>
      <translation>Attente en &amp;file au plus (min) :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="105" />
      <source>&amp;Utilisation at most (%):</source>
      <translation>Taux d’&amp;occupation au plus (%) :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="43" />
      <location filename="../../export/strings.py" line="135" />
      <source>90th percentile</source>
      <translation>90e centile</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="44" />
      <location filename="../../export/strings.py" line="136" />
      <source>95th percentile</source>
      <translation>95e centile</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="202" />
      <source>Abandonment</source>
      <translation>Abandons</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="117" />
      <source>Breaches at most (%)</source>
      <translation>Dépassements au plus (%)</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="244" />
      <source>Change the breach-rate target of {policy}</source>
      <translation>Modifier l’objectif de dépassement de {policy}</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="192" />
      <source>Change the queue-wait statistic</source>
      <translation>Modifier la mesure de l’attente en file</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="218" />
      <source>Change the {target} target</source>
      <translation>Modifier l’objectif « {target} »</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="122" />
      <source>Highest share of the policy's tickets allowed to breach their resolution target, in %</source>
      <translation>Part maximale des tickets de la politique SLA autorisés à dépasser leur délai de résolution, en %</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="100" />
      <source>Highest share of tickets abandoned, in %; empty: no target</source>
      <translation>Part maximale de tickets abandonnés, en % ; vide : aucun objectif</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="97" />
      <source>Highest utilisation allowed for every pool, in %; empty: no target</source>
      <translation>Taux d’occupation maximal admis pour chaque équipe, en % ; vide : aucun objectif</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="92" />
      <source>How the queue wait is measured: its mean, or a percentile</source>
      <translation>Mesure de l’attente en file : sa moyenne ou un centile</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="95" />
      <source>Longest queue wait allowed, in minutes; empty: no target</source>
      <translation>Attente en file maximale admise, en minutes ; vide : aucun objectif</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="42" />
      <source>Mean</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="200" />
      <source>Queue wait</source>
      <translation>Attente en file</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="103" />
      <source>Queue wait &amp;measured by:</source>
      <translation>Attente en file &amp;mesurée par :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="112" />
      <source>SLA breach rate at most, per SLA policy (%):</source>
      <translation>Taux de dépassement du SLA au plus, par politique SLA (%) :</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="117" />
      <source>SLA policy</source>
      <translation>Politique SLA</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="73" />
      <source>Staffing targets: what the staffing finder and the sweeps must meet</source>
      <translation>Objectifs de dimensionnement : ce que la recherche d’effectifs et les balayages doivent respecter</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="70" />
      <source>Targets</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="201" />
      <source>Utilisation</source>
      <translation>Taux d’occupation</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="82" />
      <source>What the staffing finder and the sweeps must meet. Leave a box empty for no target. Costs come from each pool's cost per hour.</source>
      <translation>Ce que la recherche d’effectifs et les balayages doivent respecter. Laissez une case vide pour ne fixer aucun objectif. Les coûts viennent du coût horaire de chaque équipe.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="150" />
      <source>no target</source>
      <translation>aucun objectif</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="279" />
      <source>{where}: “{value}” is not a number of minutes (0 or more). It was not changed.</source>
      <translation>{where} : « {value} » n’est pas un nombre de minutes (0 ou plus). La valeur n’a pas été modifiée.</translation>
    </message>
    <message>
      <location filename="../../app/simulation/targets.py" line="281" />
      <source>{where}: “{value}” is not a percentage from 0 to 100. It was not changed.</source>
      <translation>{where} : « {value} » n’est pas un pourcentage entre 0 et 100. La valeur n’a pas été modifiée.</translation>
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
      <location filename="../../app/training/workspace.py" line="116" />
      <source>&amp;End walkthrough</source>
      <translation>&amp;Terminer le parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="120" />
      <source>&amp;Presenter mode</source>
      <translation>Mode &amp;présentation</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="124" />
      <source>&amp;Quiz mode</source>
      <translation>Mode &amp;quiz</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="129" />
      <source>A PDF with each ticket card's path as numbered steps</source>
      <translation>Un PDF avec le parcours de chaque fiche ticket en étapes numérotées</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="121" />
      <source>Full screen and large type for a projector; Escape leaves</source>
      <translation>Plein écran et grands caractères pour vidéoprojecteur ; Échap pour quitter</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="198" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="128" />
      <source>Print &amp;handout…</source>
      <translation>Imprimer le &amp;support de formation…</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="198" />
      <location filename="../../app/training/workspace.py" line="213" />
      <source>Print Handout</source>
      <translation>Imprimer le support de formation</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="117" />
      <source>Remove the highlight and go back to editing (Esc in the walkthrough panel)</source>
      <translation>Retirer la mise en évidence et revenir à l’édition (Échap dans le panneau du parcours guidé)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="132" />
      <source>Show agent &amp;leaderboard</source>
      <translation>Afficher le &amp;classement des agents</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="114" />
      <source>Start &amp;walkthrough</source>
      <translation>Démarrer le &amp;parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="114" />
      <source>Step a sample ticket through the blueprint</source>
      <translation>Faire avancer un ticket d’exemple pas à pas dans le blueprint</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="214" />
      <source>The handout could not be written: {why}</source>
      <translation>Le support de formation n’a pas pu être écrit : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="142" />
      <source>The handout needs the PDF export, which is not installed in this version</source>
      <translation>Le support de formation nécessite l’export PDF, absent de cette version</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="133" />
      <source>The last simulation's figures per named agent, in large type for the class (Shift+F5)</source>
      <translation>Les chiffres de la dernière simulation par agent nommé, en grands caractères pour la classe (Maj+F5)</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="125" />
      <source>The trainee chooses the branch at each decision and is scored</source>
      <translation>Le stagiaire choisit la branche à chaque décision et reçoit une note</translation>
    </message>
    <message>
      <location filename="../../app/training/workspace.py" line="180" />
      <source>Walkthrough ended: the blueprint is ready for editing.</source>
      <translation>Parcours guidé terminé : le blueprint est prêt à être modifié.</translation>
    </message>
  </context>
  <context>
    <name>Walkthrough</name>
    <message>
      <location filename="../../app/training/page.py" line="352" />
      <source>#{n} · {kind}</source>
      <translation>N° {n} · {kind}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="256" />
      <source>Back to the previous step (Left)</source>
      <translation>Revenir à l’étape précédente (Gauche)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="247" />
      <source>Cards</source>
      <translation>Fiches</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="183" />
      <source>Choose a ticket card, then press Right to start.</source>
      <translation>Choisissez une fiche ticket, puis appuyez sur Droite pour commencer.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="180" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="113" />
      <source>Clock: {elapsed} counted, {wall} since arrival</source>
      <translation>Compteur : {elapsed} comptés, {wall} depuis l’arrivée</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="262" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="263" />
      <source>Copy the template response to the clipboard</source>
      <translation>Copier la réponse type dans le presse-papiers</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="248" />
      <source>Create, edit or delete ticket cards (undoable)</source>
      <translation>Créer, modifier ou supprimer des fiches ticket (annulable)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="58" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="251" />
      <source>Delete ticket card</source>
      <translation>Supprimer la fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="366" />
      <source>Done on leaving “{step}”: {what}</source>
      <translation>Fait en quittant « {step} » : {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="250" />
      <source>Edit ticket card…</source>
      <translation>Modifier la fiche ticket…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="62" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="258" />
      <source>End the walkthrough and go back to editing (Esc)</source>
      <translation>Terminer le parcours guidé et revenir à l’édition (Échap)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="467" />
      <source>Escalations: {n}</source>
      <translation>Escalades : {n}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="264" />
      <source>Fields to fill in</source>
      <translation>Champs à remplir</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="128" />
      <source>Fill in first: {fields}</source>
      <translation>À remplir d’abord : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="257" />
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="98" />
      <source>First response: given after {time} (target {target})</source>
      <translation>Première réponse : donnée après {time} (objectif {target})</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="102" />
      <source>First response: {left}</source>
      <translation>Première réponse : {left}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="463" />
      <source>First response: {met}</source>
      <translation>Première réponse : {met}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="268" />
      <source>History (click to go back)</source>
      <translation>Historique (cliquer pour revenir)</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="56" />
      <source>Intake</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="315" />
      <source>Needs: {fields}</source>
      <translation>Requiert : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="435" />
      <source>New ticket</source>
      <translation>Nouveau ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="249" />
      <source>New ticket card…</source>
      <translation>Nouvelle fiche ticket…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="265" />
      <source>Next — Right or Space · 1–9 a branch · Left back · Esc ends</source>
      <translation>Suite — Droite ou Espace · 1–9 une branche · Gauche retour · Échap termine</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="94" />
      <location filename="../../export/strings.py" line="194" />
      <source>No SLA applies to this ticket.</source>
      <translation>Aucun SLA ne s’applique à ce ticket.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="298" />
      <source>No branch is offered here.</source>
      <translation>Aucune branche n’est proposée ici.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="318" />
      <location filename="../../app/training/widgets.py" line="324" />
      <source>Not offered: {why}</source>
      <translation>Non proposé : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="319" />
      <source>Not this branch. {reason}</source>
      <translation>Pas cette branche. {reason}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="80" />
      <location filename="../../app/training/dock.py" line="116" />
      <location filename="../../app/training/dock.py" line="142" />
      <source>Open a blueprint to start a walkthrough.</source>
      <translation>Ouvrez un blueprint pour démarrer un parcours guidé.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="459" />
      <location filename="../../export/strings.py" line="196" />
      <source>Outcome: {outcome}</source>
      <translation>Issue : {outcome}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="456" />
      <source>Path: {path}</source>
      <translation>Chemin : {path}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="259" />
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="256" />
      <source>Quiz off: Right follows the card's story again.</source>
      <translation>Quiz désactivé : la touche Droite suit de nouveau le scénario de la fiche.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="254" />
      <source>Quiz on from this step: choose the branch at each decision with its number key. Restart begins the card again.</source>
      <translation>Quiz activé à partir de cette étape : à chaque décision, choisissez la branche avec sa touche numérique. « Recommencer » reprend la fiche depuis le début.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="470" />
      <source>Quiz score: {right} / {total} decisions right at the first try</source>
      <translation>Score du quiz : {right} / {total} décisions justes du premier coup</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="109" />
      <source>Resolution: {left}</source>
      <translation>Résolution : {left}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="464" />
      <source>Resolution: {met}</source>
      <translation>Résolution : {met}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="253" />
      <source>Restart</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="323" />
      <source>Right: {reason}</source>
      <translation>Exact : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="61" />
      <source>Roadmap</source>
      <translation>Feuille de route</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="266" />
      <source>SLA clock</source>
      <translation>Horloge du SLA</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="95" />
      <source>SLA: {name}</source>
      <translation>SLA : {name}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="60" />
      <source>Satisfaction survey</source>
      <translation>Enquête de satisfaction</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="252" />
      <source>Save the path walked as the card's expected path</source>
      <translation>Enregistrer le chemin parcouru comme chemin attendu de la fiche</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="254" />
      <source>Start the ticket card again from its intake</source>
      <translation>Reprendre la fiche ticket depuis son arrivée</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="57" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="267" />
      <source>Summary</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="261" />
      <location filename="../../export/strings.py" line="185" />
      <source>Template response</source>
      <translation>Réponse type</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="352" />
      <source>Template response copied.</source>
      <translation>Réponse type copiée.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="120" />
      <source>The SLA clock is paused here.</source>
      <translation>Le compteur SLA est suspendu ici.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="169" />
      <source>The blueprint has errors; fix them to start a walkthrough:</source>
      <translation>Le blueprint contient des erreurs ; corrigez-les pour démarrer un parcours guidé :</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="361" />
      <source>The customer sees: {what}</source>
      <translation>Le client voit : {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="458" />
      <source>The path was saved to the ticket card.</source>
      <translation>Le parcours a été enregistré dans la fiche ticket.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="179" />
      <source>The ticket card was deleted.</source>
      <translation>La fiche ticket a été supprimée.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="131" />
      <source>The ticket has reached an end.</source>
      <translation>Le ticket est arrivé à une fin.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="290" />
      <source>The ticket has reached an end. Left goes back.</source>
      <translation>Le ticket est arrivé à une fin. Gauche revient en arrière.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="260" />
      <source>The trainee chooses the branch at each decision</source>
      <translation>L’apprenant choisit la branche à chaque décision</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="266" />
      <source>The walkthrough has ended. Choose a ticket card to start again.</source>
      <translation>Le parcours guidé est terminé. Choisissez une fiche ticket pour recommencer.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="133" />
      <source>There is no such branch.</source>
      <translation>Cette branche n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="134" />
      <source>There is no such earlier step.</source>
      <translation>Cette étape précédente n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="130" />
      <source>These values are not allowed: {fields}</source>
      <translation>Ces valeurs ne sont pas autorisées : {fields}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="181" />
      <source>This blueprint has no ticket cards: create one to start.</source>
      <translation>Ce blueprint n’a pas de fiche ticket : créez-en une pour commencer.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="129" />
      <source>This branch is not offered: {why}</source>
      <translation>Cette branche n’est pas proposée : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="140" />
      <source>This move is not possible.</source>
      <translation>Cette action n’est pas possible.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="132" />
      <source>This step has no time limit to escalate on.</source>
      <translation>Cette étape n’a pas de délai maximal déclenchant une escalade.</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="207" />
      <source>This ticket card cannot be walked: {why}</source>
      <translation>Impossible de parcourir cette fiche ticket : {why}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="429" />
      <location filename="../../export/strings.py" line="180" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="246" />
      <source>Ticket card:</source>
      <translation>Fiche ticket :</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="389" />
      <source>Time limit of {time} passes: escalate to {target}</source>
      <translation>Délai de {time} dépassé : escalader vers {target}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="460" />
      <source>Time: {wall} since arrival, {elapsed} on the SLA clock</source>
      <translation>Durée : {wall} depuis l’arrivée, {elapsed} à l’horloge du SLA</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="202" />
      <source>Type here…</source>
      <translation>Saisissez ici…</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="59" />
      <source>Wait for customer</source>
      <translation>Attente du client</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="103" />
      <source>Walkthrough</source>
      <translation>Parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="377" />
      <source>When this step is done: {what}</source>
      <translation>Quand cette étape est faite : {what}</translation>
    </message>
    <message>
      <location filename="../../app/training/dock.py" line="294" />
      <source>Your turn: choose the branch with its number key.</source>
      <translation>À vous : choisissez la branche avec sa touche numérique.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="117" />
      <source>business hours, now {when}</source>
      <translation>heures ouvrées, actuellement {when}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="411" />
      <source>for “{branch}”</source>
      <translation>pour « {branch} »</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="135" />
      <source>its path starts at a node that is no longer in the blueprint.</source>
      <translation>son parcours commence à un nœud qui ne figure plus dans le blueprint.</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="453" />
      <location filename="../../app/training/widgets.py" line="85" />
      <source>met</source>
      <translation>respecté</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="453" />
      <source>missed</source>
      <translation>manqué</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="453" />
      <location filename="../../app/training/widgets.py" line="83" />
      <source>no target</source>
      <translation>sans objectif</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="87" />
      <source>overdue by {time}</source>
      <translation>en retard de {time}</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="137" />
      <source>the blueprint has no intake to start from.</source>
      <translation>le blueprint n’a aucune entrée par laquelle commencer.</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="189" />
      <location filename="../../export/strings.py" line="206" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="68" />
      <source>{d} d</source>
      <translation>{d} j</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="68" />
      <source>{d} d {h} h</source>
      <translation>{d} j {h} h</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="70" />
      <source>{h} h</source>
      <translation>{h} h</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="70" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="71" />
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <location filename="../../app/training/widgets.py" line="88" />
      <source>{time} left of {target}</source>
      <translation>encore {time} sur {target}</translation>
    </message>
    <message>
      <location filename="../../app/training/page.py" line="255" />
      <source>◀ Back</source>
      <translation>◀ Retour</translation>
    </message>
  </context>
  <context>
    <name>WalkthroughWords</name>
    <message>
      <location filename="../../model/walkthrough/words.py" line="42" />
      <source>1 day</source>
      <translation>1 jour</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="37" />
      <source>Approved</source>
      <translation>Approuvé</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="35" />
      <source>Approved by {role}</source>
      <translation>Approuvé par {role}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="34" />
      <source>No answer before the timeout</source>
      <translation>Pas de réponse dans le délai</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="28" />
      <source>Notify {target}</source>
      <translation>Prévenir : {target}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="29" />
      <source>Reassign to {pool}</source>
      <translation>Réaffecter à : {pool}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="38" />
      <source>Rejected</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="36" />
      <source>Rejected by {role}</source>
      <translation>Refusé par {role}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="27" />
      <source>Send the template response</source>
      <translation>Envoyer la réponse type</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="26" />
      <source>Set {field} to {value}</source>
      <translation>Renseigner {field} : {value}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="33" />
      <source>reassigned to {pool}</source>
      <translation>ticket réaffecté à {pool}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="31" />
      <source>template response sent</source>
      <translation>réponse type envoyée</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="30" />
      <source>{field} set to {value}</source>
      <translation>{field} : {value}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="55" />
      <source>{label} is the right branch for this ticket: a branch taken by chance, by {percent} of tickets.</source>
      <translation>{label} est la bonne branche pour ce ticket : une branche prise au hasard, par {percent} des tickets.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="48" />
      <source>{label} is the right branch: it is the default branch, taken when no other branch applies.</source>
      <translation>{label} est la bonne branche : c’est la branche par défaut, prise quand aucune autre ne s’applique.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="45" />
      <source>{label} is the right branch: its condition holds ({condition}).</source>
      <translation>{label} est la bonne branche : sa condition est remplie ({condition}).</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="65" />
      <source>{label} is the right branch: the customer answers.</source>
      <translation>{label} est la bonne branche : le client répond.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="68" />
      <source>{label} is the right branch: the customer does not answer within {duration}.</source>
      <translation>{label} est la bonne branche : le client ne répond pas dans le délai de {duration}.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="62" />
      <source>{label} is the right branch: the customer is not satisfied.</source>
      <translation>{label} est la bonne branche : le client n’est pas satisfait.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="59" />
      <source>{label} is the right branch: the customer is satisfied.</source>
      <translation>{label} est la bonne branche : le client est satisfait.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="52" />
      <source>{label} is the way on: this branch has no condition.</source>
      <translation>{label} est la suite : cette branche n’a pas de condition.</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="43" />
      <source>{n} days</source>
      <translation>{n} jours</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="41" />
      <source>{n} h</source>
      <translation>{n} h</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="40" />
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="44" />
      <source>{n}%</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="32" />
      <source>{target} notified</source>
      <translation>notification envoyée à {target}</translation>
    </message>
    <message>
      <location filename="../../model/walkthrough/words.py" line="39" />
      <source>“{}”</source>
      <translation>« {} »</translation>
    </message>
  </context>
</TS>
