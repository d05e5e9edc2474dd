<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>StartPage</name>
    <message>
      <source>Draw your help-desk service, check it, simulate it, teach it and publish it. Choose how to start:</source>
      <translation>Dessinez votre service d’assistance, vérifiez-le, simulez-le, formez vos équipes et publiez-le. Pour commencer :</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <source>New blank blueprint</source>
      <translation>Nouveau blueprint vierge</translation>
    </message>
    <message>
      <source>An empty canvas ({keys})</source>
      <translation>Un canevas vide ({keys})</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>Ouvrir…</translation>
    </message>
    <message>
      <source>A blueprint file on this computer ({keys})</source>
      <translation>Un fichier blueprint de cet ordinateur ({keys})</translation>
    </message>
    <message>
      <source>&amp;Recent files</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
      <source>From a &amp;template</source>
      <translation>À partir d’un &amp;modèle</translation>
    </message>
    <message>
      <source>Files you open or save appear here.</source>
      <translation>Les fichiers que vous ouvrez ou enregistrez apparaîtront ici.</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <source>Remove from the list</source>
      <translation>Retirer de la liste</translation>
    </message>
    <message>
      <source>{name} (not found)</source>
      <translation>{name} (introuvable)</translation>
    </message>
    <message>
      <source>{path}
This file is no longer there. Press Delete to remove it from the list.</source>
      <translation>{path}
Ce fichier n’est plus à cet emplacement. Appuyez sur Suppr pour le retirer de la liste.</translation>
    </message>
  </context>
  <context>
    <name>TemplateGallery</name>
    <message>
      <source>Support and feature requests, known issues, two support levels</source>
      <translation>Demandes d’assistance ou d’évolution, deux niveaux de support</translation>
    </message>
    <message>
      <source>A support request across the five lanes of a service blueprint</source>
      <translation>Une demande d’assistance sur les cinq couloirs d’un service blueprint</translation>
    </message>
    <message>
      <source>Levels 0 to 4, priorities P1–P4, SLAs and shifts</source>
      <translation>Niveaux 0 à 4, priorités P1 à P4, SLA et roulements</translation>
    </message>
    <message>
      <source>Ticket statuses with before, during and after conditions</source>
      <translation>Statuts de ticket avec conditions avant, pendant et après</translation>
    </message>
    <message>
      <source>Blank blueprint</source>
      <translation>Blueprint vierge</translation>
    </message>
    <message>
      <source>An empty canvas: draw your own flow</source>
      <translation>Un canevas vide pour dessiner votre propre flux</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>Nouveau à partir d’un modèle</translation>
    </message>
    <message>
      <source>Choose how to start (arrow keys to move, Enter to open):</source>
      <translation>Choisissez un point de départ (flèches pour vous déplacer, Entrée pour ouvrir) :</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Créer</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>New from &amp;template…</source>
      <translation>Nouveau à partir d’un &amp;modèle…</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <source>Next blueprint</source>
      <translation>Blueprint suivant</translation>
    </message>
    <message>
      <source>Previous blueprint</source>
      <translation>Blueprint précédent</translation>
    </message>
    <message>
      <source>Go to the canvas</source>
      <translation>Aller au canevas</translation>
    </message>
    <message>
      <source>Go to the palette</source>
      <translation>Aller à la palette</translation>
    </message>
    <message>
      <source>Go to properties</source>
      <translation>Aller aux propriétés</translation>
    </message>
    <message>
      <source>Go to diagnostics</source>
      <translation>Aller aux diagnostics</translation>
    </message>
    <message>
      <source>&amp;Run simulation</source>
      <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
      <source>&amp;Getting started</source>
      <translation>&amp;Prise en main</translation>
    </message>
    <message>
      <source>How to design, simulate, train and export, with every menu command and shortcut</source>
      <translation>Concevoir, simuler, former et exporter, avec chaque commande des menus et chaque raccourci</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Open &amp;recent</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <source>Start &amp;walkthrough</source>
      <translation>Démarrer le &amp;parcours guidé</translation>
    </message>
    <message>
      <source>&amp;End walkthrough</source>
      <translation>&amp;Terminer le parcours guidé</translation>
    </message>
    <message>
      <source>&amp;Presenter mode</source>
      <translation>Mode &amp;présentation</translation>
    </message>
    <message>
      <source>&amp;Quiz mode</source>
      <translation>Mode &amp;quiz</translation>
    </message>
    <message>
      <source>Print &amp;handout…</source>
      <translation>Imprimer le &amp;support de formation…</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <source>With no blueprint open, the start page offers a blank blueprint, the templates, Open… and your recent files. From the menus: {new}, {template} or {open}.</source>
      <translation>Quand aucun blueprint n’est ouvert, la page d’accueil propose un blueprint vierge, les modèles, Ouvrir… et vos fichiers récents. Depuis les menus : {new}, {template} ou {open}.</translation>
    </message>
    <message>
      <source>Draw</source>
      <translation>Dessiner</translation>
    </message>
    <message>
      <source>Drag a node from the Palette onto the canvas, or pick its kind in the Insert menu: it is placed next to the selected node and linked to it. {connect} links the selection to a node chosen by name; you can also drag from the small circle on a node's side to another node. {lane} adds a swimlane: customer, frontstage, backstage and support lanes, in that order, give the lines of interaction, visibility and internal interaction. {rename} renames the selection; durations, pools, SLAs and branch conditions are edited in the Properties panel ({properties}).</source>
      <translation>Faites glisser un nœud de la palette sur le canevas, ou choisissez son type dans le menu Insertion : il se place à côté du nœud sélectionné et s’y relie. {connect} relie la sélection à un nœud choisi par son nom ; vous pouvez aussi tirer un lien depuis le petit cercle sur le côté d’un nœud jusqu’à un autre nœud. {lane} crée un couloir : les couloirs client, première ligne, coulisses et support, dans cet ordre, tracent la ligne d’interaction, la ligne de visibilité et la ligne d’interaction interne. {rename} renomme la sélection ; les durées, les équipes d’agents, les SLA et les conditions des branches se règlent dans le panneau Propriétés ({properties}).</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <source>The Diagnostics panel ({diagnostics}) lists every problem: an unreachable step, a dead end, a decision without a default branch. Click one to jump to the element at fault; the canvas marks it with a badge. Errors must be fixed before a simulation; warnings need not be.</source>
      <translation>Le panneau Diagnostics ({diagnostics}) liste chaque problème : une étape inaccessible, une impasse, une décision sans branche par défaut. Cliquez sur un problème pour aller à l’élément en cause ; le canevas le signale par un badge. Les erreurs doivent être corrigées avant de simuler ; les avertissements, non.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>{save} writes the file safely (the previous version is kept as .bak); {save_as} saves it under another name. Unsaved work is copied aside every minute: after a crash, Blueprint Studio offers it back the next time it starts.</source>
      <translation>{save} enregistre le fichier en toute sécurité (la version précédente est gardée en .bak) ; {save_as} l’enregistre sous un autre nom. Le travail non enregistré est mis de côté chaque minute : après un plantage, Blueprint Studio vous le propose au démarrage suivant.</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <source>Choose a scenario in the Simulation panel (horizon, warm-up, arrivals, staffing, replications) and run it with {run}; {cancel} stops it. The Simulation results panel shows resolution times, SLA breaches, waits and utilisation with their confidence intervals, and the canvas colours each step by its queue wait.</source>
      <translation>Choisissez un scénario dans le panneau Simulation (horizon, période de chauffe, arrivées, effectifs, réplications) et lancez-le avec {run} ; {cancel} l’interrompt. Le panneau Résultats de simulation affiche les délais de résolution, les dépassements de SLA, les attentes et les taux d’occupation avec leurs intervalles de confiance, et le canevas colore chaque étape selon l’attente dans sa file.</translation>
    </message>
    <message>
      <source>Compare and replay</source>
      <translation>Comparer et rejouer</translation>
    </message>
    <message>
      <source>{compare} runs two scenarios and shows the differences; {watch} replays tickets moving through the flow. {results}, {log} and {report} save the figures, the event log (CSV or XES) and a PDF report.</source>
      <translation>{compare} simule deux scénarios et montre leurs écarts ; {watch} rejoue le passage des tickets dans le flux. {results}, {log} et {report} enregistrent les chiffres, le journal d’événements (CSV ou XES) et un rapport PDF.</translation>
    </message>
    <message>
      <source>Walkthrough</source>
      <translation>Parcours guidé</translation>
    </message>
    <message>
      <source>{start} steps a sample ticket through the blueprint: the current step is highlighted with its instructions, template response and mandatory fields, and at each decision the trainee picks the branch. {quiz} scores the trainee's choices; {presenter} enlarges everything for a projector; {end} stops.</source>
      <translation>{start} fait suivre le blueprint à un ticket d’exemple : l’étape en cours est mise en évidence avec ses consignes, sa réponse type et ses champs obligatoires, et à chaque décision le stagiaire choisit la branche. {quiz} note les choix du stagiaire ; {presenter} agrandit tout pour le vidéoprojecteur ; {end} y met fin.</translation>
    </message>
    <message>
      <source>Handout</source>
      <translation>Support de formation</translation>
    </message>
    <message>
      <source>{handout} prints each ticket card's path as numbered steps, as a PDF to hand out to the class.</source>
      <translation>{handout} imprime le parcours de chaque fiche ticket en étapes numérotées, dans un PDF à distribuer aux stagiaires.</translation>
    </message>
    <message>
      <source>PDF, SVG and PNG</source>
      <translation>PDF, SVG et PNG</translation>
    </message>
    <message>
      <source>{export} produces a vector PDF of the blueprint (title block, legend, lanes and lines; A4 or A3, portrait or landscape, fitted on one page or tiled), with the simulation report if you wish, or an SVG drawing or a PNG image. The default paper size is set in {preferences}.</source>
      <translation>{export} produit un PDF vectoriel du blueprint (cartouche, légende, couloirs et lignes ; A4 ou A3, portrait ou paysage, sur une seule page ou en mosaïque), avec le rapport de simulation si vous le souhaitez, ou bien un dessin SVG ou une image PNG. Le format de papier par défaut se règle dans {preferences}.</translation>
    </message>
    <message>
      <source>Without the window</source>
      <translation>Sans la fenêtre</translation>
    </message>
    <message>
      <source>The same jobs run from a terminal: &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; and &lt;tt&gt;export&lt;/tt&gt; (see &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</source>
      <translation>Les mêmes tâches se lancent depuis un terminal : &lt;tt&gt;blueprint-studio validate&lt;/tt&gt;, &lt;tt&gt;simulate&lt;/tt&gt; et &lt;tt&gt;export&lt;/tt&gt; (voir &lt;tt&gt;blueprint-studio --help&lt;/tt&gt;).</translation>
    </message>
    <message>
      <source>Moving around</source>
      <translation>Se déplacer</translation>
    </message>
    <message>
      <source>Arrow keys nudge the selection (Shift: one grid step); Tab and Shift+Tab walk along the flow. {palette}, {properties} and {diagnostics} go to the panels; {canvas} comes back to the canvas.</source>
      <translation>Les flèches déplacent la sélection (Maj : d’un pas de grille) ; Tab et Maj+Tab suivent le flux. {palette}, {properties} et {diagnostics} mènent aux panneaux ; {canvas} ramène au canevas.</translation>
    </message>
    <message>
      <source>Design a blueprint</source>
      <translation>Concevoir un blueprint</translation>
    </message>
    <message>
      <source>Simulate it</source>
      <translation>Le simuler</translation>
    </message>
    <message>
      <source>Train new agents</source>
      <translation>Former les nouveaux agents</translation>
    </message>
    <message>
      <source>Export and share</source>
      <translation>Exporter et partager</translation>
    </message>
    <message>
      <source>Keyboard</source>
      <translation>Clavier</translation>
    </message>
    <message>
      <source>Getting started with Blueprint Studio</source>
      <translation>Prise en main de Blueprint Studio</translation>
    </message>
    <message>
      <source>Every shortcut</source>
      <translation>Tous les raccourcis</translation>
    </message>
    <message>
      <source>Getting started</source>
      <translation>Prise en main</translation>
    </message>
    <message>
      <source>Getting started guide</source>
      <translation>Guide de prise en main</translation>
    </message>
  </context>
</TS>
